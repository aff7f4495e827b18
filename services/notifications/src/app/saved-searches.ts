import { randomUUID } from 'node:crypto';
import { Reasons, matchesSavedSearch, type AssignmentFacts } from '@cb/contracts';
import { badInput, forbidden, parseInput, unauthenticated, type Collection, type Store, type Viewer } from '@cb/kit';
import type { NotificationDraft } from '../domain/notification';
import { searcherOf } from '../domain/policy';
import { MAX_SAVED_SEARCHES, SAVED_SEARCHES, saveSearchInput, type SavedSearch } from '../domain/saved-search';

/** A student's saved searches, and the alerts a newly published assignment makes of them. */
export class SavedSearchUseCases {
  readonly searches: Collection<SavedSearch>;

  constructor(
    store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.searches = store.collection<SavedSearch>(SAVED_SEARCHES);
  }

  async save(viewer: Viewer | undefined, rawInput: unknown): Promise<SavedSearch> {
    const studentId = this.studentOf(viewer);
    const input = parseInput(saveSearchInput, rawInput);
    // A shortcut: counted then inserted, so two saves at the very same moment could make a 21st.
    if ((await this.searches.count({ studentId })) >= MAX_SAVED_SEARCHES) {
      throw badInput('input', Reasons.OUT_OF_RANGE, `input: at most ${MAX_SAVED_SEARCHES} saved searches; delete one first.`, { max: MAX_SAVED_SEARCHES });
    }
    return this.searches.insert({ id: `srch_${randomUUID()}`, studentId, ...input, createdAt: this.clock().toISOString() });
  }

  async list(viewer: Viewer | undefined): Promise<SavedSearch[]> {
    if (!viewer) throw unauthenticated('Sign in to see your saved searches.');
    const studentId = searcherOf(viewer);
    return studentId ? this.searches.find({ studentId }, { sort: { field: 'createdAt', direction: 'desc' } }) : [];
  }

  async delete(viewer: Viewer | undefined, id: string): Promise<boolean> {
    const studentId = this.studentOf(viewer);
    const search = await this.searches.get(id);
    // Another student's id is treated as unknown: saying more would tell the caller it exists.
    if (!search || search.studentId !== studentId) return false;
    return this.searches.delete(id);
  }

  /**
   * One alert per saved search the assignment matches, keyed on search and assignment so a replay
   * or a second publication says it once. Searches saved after it was published do not alert: the
   * student can see it in the search already.
   */
  async alertsFor(assignment: AssignmentFacts, publishedAt: string): Promise<NotificationDraft[]> {
    // The whole list, matched here: a shortcut that holds for the region's students (≤ 20 each).
    const searches = await this.searches.find({});
    return searches
      .filter((s) => s.createdAt <= publishedAt && matchesSavedSearch(assignment, s))
      .map((s) => ({
        owner: { kind: 'STUDENT', id: s.studentId },
        kind: 'NEW_MATCHING_ASSIGNMENT',
        subject: { assignmentId: assignment.assignmentId, companyId: assignment.companyId, savedSearchId: s.id },
        once: `${assignment.assignmentId}|${s.id}`,
      }));
  }

  async eraseStudent(studentId: string): Promise<void> {
    for (const s of await this.searches.find({ studentId })) await this.searches.delete(s.id);
  }

  private studentOf(viewer: Viewer | undefined): string {
    if (!viewer) throw unauthenticated('Sign in to keep saved searches.');
    const studentId = searcherOf(viewer);
    if (!studentId) throw forbidden(Reasons.ROLE_NOT_ALLOWED, 'Only students keep saved searches.');
    return studentId;
  }
}
