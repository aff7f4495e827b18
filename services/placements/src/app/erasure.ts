import { erasureTombstoneKey } from '@cb/contracts';
import { updateWithRetry } from '@cb/kit';
import { withMove, withoutPersonalData } from '../domain/application';
import { isOpen } from '../domain/workflow';
import { systemClock, type Clock, type PlacementsData } from './data';
import { applicationMoved } from './outgoing';

export const ERASED_CORRECTION = '(erased with the student)';
export const ERASED_NOTE = 'Withdrawn automatically: the student erased their account';

/**
 * Erasure (AVG/GDPR, DESIGN.md §4): the student's read model goes, their motivations, notes and
 * cancellation reasons are blanked, and open applications are withdrawn (there is nobody left to
 * offer a place to). Placements keep their anonymous snapshot, so the goal keeps counting them.
 * Safe to run twice: the consumer may redeliver, and a replay of the log runs it again.
 */
export class StudentErasure {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock = systemClock,
  ) {}

  async erase(studentId: string): Promise<void> {
    // The tombstone first: from now on no student event for this id brings facts back.
    await this.data.erased.put({ id: erasureTombstoneKey(studentId) });
    await this.data.students.delete(studentId);

    for (const { id } of await this.data.applications.find({ studentId })) {
      await updateWithRetry(this.data.applications, id, (a) => {
        // Blank motivation: done before (a motivation is never empty otherwise).
        if (!isOpen(a.status) && a.motivation === '') return undefined;
        const blank = withoutPersonalData(a);
        if (!isOpen(a.status)) return { doc: blank };
        const next = withMove(blank, 'WITHDRAWN', 'STUDENT', ERASED_NOTE, this.clock());
        return { doc: next, events: [applicationMoved(a.status, next)] };
      });
    }
    for (const { id } of await this.data.placements.find({ studentId })) {
      await updateWithRetry(this.data.placements, id, (p) => {
        const correction = p.correction && p.correction.reason !== ERASED_CORRECTION ? { ...p.correction, reason: ERASED_CORRECTION } : p.correction;
        if (p.cancelReason === null && correction === p.correction) return undefined;
        // The correction stays visible in the audit list; only its free text goes.
        return { doc: { ...p, cancelReason: null, correction } };
      });
    }
  }
}
