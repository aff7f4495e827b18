import { Quota, type RateLimitSettings, type RateLimitStore } from '@cb/kit';

/**
 * How fast one student may apply: so many applications per hour, a counter shared by every
 * placements process. The other limit, so many open at once, is the student's own state and part of
 * the apply decision itself (domain/application.ts `whyCannotApply`), so the page can show it too.
 */
export class ApplicationLimits {
  private readonly perHour: Quota;

  constructor(store: RateLimitStore, settings: RateLimitSettings) {
    this.perHour = new Quota(store, 'applications', settings.applicationsPerHour, 3600, (s) =>
      `You have sent ${settings.applicationsPerHour} applications in the last hour, the most we accept. Try again in ${s} seconds.`,
    );
  }

  readonly admit = async (studentId: string): Promise<void> => {
    await this.perHour.take(`student:${studentId}`);
  };
}
