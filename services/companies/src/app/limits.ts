import { Quota, clientKey, type RateLimitSettings, type RateLimitStore, type Viewer } from '@cb/kit';

/**
 * How fast organisations may be registered (per client address) and assignments created and
 * published (per organisation, each counted on its own). The counters live in the companies
 * service's store, shared by all its processes.
 */
export class CompanyLimits {
  private readonly registrations: Quota;
  private readonly creations: Quota;
  private readonly publications: Quota;

  constructor(
    store: RateLimitStore,
    private readonly settings: RateLimitSettings,
  ) {
    const perHour = settings.postingsPerHour;
    this.registrations = new Quota(store, 'company_registrations', settings.registrationsPerHour, 3600, (s) =>
      `Too many registrations from your network in the last hour. Try again in ${s} seconds.`,
    );
    this.creations = new Quota(store, 'assignment_creations', perHour, 3600, (s) =>
      `Your organisation has created ${perHour} assignments in the last hour, the most we accept. Try again in ${s} seconds.`,
    );
    this.publications = new Quota(store, 'assignment_publications', perHour, 3600, (s) =>
      `Your organisation has published ${perHour} assignments in the last hour, the most we accept. Try again in ${s} seconds.`,
    );
  }

  registration(clientAddress: string | undefined): () => Promise<void> {
    return () => this.registrations.take(clientKey(this.settings, clientAddress));
  }

  /** Only organisations post; anyone else is refused by the use case, not counted here. */
  async creation(viewer: Viewer | undefined): Promise<void> {
    if (viewer?.role === 'COMPANY') await this.creations.take(`company:${viewer.companyId}`);
  }

  async publication(viewer: Viewer | undefined): Promise<void> {
    if (viewer?.role === 'COMPANY') await this.publications.take(`company:${viewer.companyId}`);
  }
}
