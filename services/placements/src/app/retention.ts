import { closedMotivationDue } from '@cb/contracts';
import { scheduleCountingPasses, updateWithRetry } from '@cb/kit';
import { closedAt, type Application } from '../domain/application';
import { CLOSED_STATUSES } from '../domain/workflow';
import type { Clock, PlacementsData } from './data';

/**
 * The retention rule (contracts/rules/retention.ts) for motivations: two years after an application
 * closed, its motivation is blanked. The application and its history stay (what happened, anonymous,
 * still counts); no event, since motivations never travel in one.
 */
export class MotivationRetention {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock,
  ) {}

  /** Blanks every motivation past the rule; returns how many. */
  async run(): Promise<number> {
    const now = this.clock();
    const closed = await this.data.applications.find({ status: { in: [...CLOSED_STATUSES] } });
    let blanked = 0;
    for (const { id } of closed.filter((a) => a.motivation !== '' && isDue(a, now))) {
      await updateWithRetry(this.data.applications, id, (a) => (a.motivation !== '' && isDue(a, now) ? { doc: { ...a, motivation: '' } } : undefined));
      blanked++;
    }
    return blanked;
  }
}

function isDue(a: Application, now: Date): boolean {
  const at = closedAt(a);
  return at !== null && closedMotivationDue(at, now);
}

export const scheduleMotivationRetention = (retention: MotivationRetention, intervalMs: number) =>
  scheduleCountingPasses('placements', 'retention', () => retention.run(), intervalMs, 'blanked motivations of applications closed over two years ago');
