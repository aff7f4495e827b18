import { Reasons } from '@cb/contracts';
import { Quota, conflict, type RateLimitSettings, type RateLimitStore } from '@cb/kit';
import type { PlacementsData } from './data';
import { OPEN_STATUSES } from '../domain/workflow';

/**
 * How fast one student may apply: so many applications per hour (a counter shared by every
 * placements process), and so many open at once (counted in the store: it is the student's own
 * state, so waiting does not help — withdrawing or getting answers does, hence CONFLICT).
 */
export class ApplicationLimits {
  private readonly perHour: Quota;

  constructor(
    store: RateLimitStore,
    private readonly settings: RateLimitSettings,
    private readonly data: PlacementsData,
  ) {
    this.perHour = new Quota(store, 'applications', settings.applicationsPerHour, 3600, (s) =>
      `You have sent ${settings.applicationsPerHour} applications in the last hour, the most we accept. Try again in ${s} seconds.`,
    );
  }

  readonly admit = async (studentId: string): Promise<void> => {
    const open = await this.data.applications.count({ studentId, status: { in: [...OPEN_STATUSES] } });
    if (open >= this.settings.openApplications) {
      throw conflict(
        Reasons.TOO_MANY_OPEN_APPLICATIONS,
        `You have ${open} open applications, the most at once. Withdraw one, or wait for answers, before applying again.`,
      );
    }
    await this.perHour.take(`student:${studentId}`);
  };
}
