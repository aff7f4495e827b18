import { closedMotivationDue } from '@cb/contracts';
import { scheduleCountingPasses } from '@cb/kit';
import { closedAt } from '../domain/application';
import { CLOSED_STATUSES } from '../domain/workflow';
import type { ApplicationPass, ApplicationRule } from './application-pass';

/**
 * The retention rule (contracts/rules/retention.ts) for motivations: two years after an application
 * closed, its motivation is blanked. The application and its history stay (what happened, anonymous,
 * still counts); no event, since motivations never travel in one.
 */
export const MOTIVATION_RETENTION: ApplicationRule = {
  candidates: { status: { in: [...CLOSED_STATUSES] } },
  due: (a, now) => {
    const at = closedAt(a);
    return a.motivation !== '' && at !== null && closedMotivationDue(at, now);
  },
  apply: (a) => ({ doc: { ...a, motivation: '' } }),
};

export const scheduleMotivationRetention = (retention: ApplicationPass, intervalMs: number) =>
  scheduleCountingPasses('placements', 'retention', () => retention.run(), intervalMs, 'blanked motivations of applications closed over two years ago');
