import { unverifiedAccountDue } from '@cb/contracts';
import { isVerified, scheduleCountingPasses } from '@cb/kit';
import type { StudentUseCases } from './students';

/**
 * The retention rule (contracts/rules/retention.ts) for student accounts: one never verified within
 * 30 days is erased exactly as the student could erase it (`student.erased`, so every projection
 * drops it). A scan of the stored accounts, run on start and then every interval.
 */
export class UnverifiedStudentRemoval {
  constructor(
    private readonly students: StudentUseCases,
    private readonly clock: () => Date,
  ) {}

  /** Erases every student account past the rule; returns how many. */
  async run(): Promise<number> {
    const now = this.clock();
    // The store's null also matches an absent field: accounts from before verification, which count as verified.
    const unverified = (await this.students.students.find({ emailVerifiedAt: null })).filter((s) => !isVerified(s));
    const due = unverified.filter((s) => unverifiedAccountDue(s.registeredAt, now));
    let removed = 0;
    // A shortcut: an account verified between the scan and its erasure is still erased (a window of a pass).
    for (const s of due) if (await this.students.remove(s.id, now)) removed++;
    return removed;
  }
}

export const scheduleStudentRetention = (removal: UnverifiedStudentRemoval, intervalMs: number) =>
  scheduleCountingPasses('students', 'retention', () => removal.run(), intervalMs, 'removed student accounts not verified in time');
