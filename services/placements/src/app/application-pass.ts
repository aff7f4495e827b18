import { updateWithRetry, type Filter, type OutgoingEvent } from '@cb/kit';
import type { Application } from '../domain/application';
import type { Clock, PlacementsData } from './data';

/** A rule that a scheduled pass applies to the stored applications (offer expiry, motivation retention). */
export interface ApplicationRule {
  /** The store query for the candidates. */
  candidates: Filter;
  due(application: Application, now: Date): boolean;
  apply(application: Application, now: Date): { doc: Application; events?: OutgoingEvent[] };
}

/**
 * One pass of a rule over the stored applications: each candidate that is due is changed by a
 * versioned write, deciding again on the fresh record (one changed meanwhile may no longer be due),
 * so a pass may run in any number of processes at once and changes an application once.
 */
export class ApplicationPass {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock,
    private readonly rule: ApplicationRule,
  ) {}

  /** Applies the rule to every application it is due for; returns how many it changed. */
  async run(): Promise<number> {
    const now = this.clock();
    const candidates = await this.data.applications.find(this.rule.candidates);
    let changed = 0;
    for (const { id } of candidates.filter((a) => this.rule.due(a, now))) {
      let due = false;
      await updateWithRetry(this.data.applications, id, (a) => {
        due = this.rule.due(a, now);
        return due ? this.rule.apply(a, now) : undefined;
      });
      if (due) changed++;
    }
    return changed;
  }
}
