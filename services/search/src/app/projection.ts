import { erasureTombstoneKey, holdsPlace, type ApplicationFacts, type AssignmentFacts, type CompanyFacts, type PlacementFacts, type StudentFacts } from '@cb/contracts';
import type { Collection, SearchIndex, Store } from '@cb/kit';
import { toSearchDoc, type AssignmentSearchDoc } from '../domain/assignment-doc';
import { MatchingPool, type PoolAssignment, type PoolStudent } from '../domain/matching-pool';
import {
  APPLICATIONS,
  ASSIGNMENTS,
  COMPANIES,
  ERASED_STUDENTS,
  PLACEMENT_SEATS,
  STUDENT_PROFILES,
  isSearchable,
  placesLeft,
  type Application,
  type AssignmentView,
  type CompanyView,
  type ErasedStudent,
  type PlacementSeat,
  type StudentProfile,
} from '../domain/read-model';

/** A published assignment of an approved organisation, with the places it has left. */
export interface OpenAssignment {
  assignment: AssignmentView;
  company: CompanyView;
  placesLeft: number;
}

/**
 * The search projection: what the other services' events say, kept in the service's own store,
 * and the assignment index derived from it. Handlers write the store first and the index second;
 * both writes are idempotent (put by id, upsert by id), so a redelivered event does no harm.
 *
 * Events of different aggregates arrive in any order (an assignment may be published before its
 * organisation's approval is seen, a placement before its assignment), so every handler recomputes
 * the index documents it touches from the store instead of trusting what came before.
 *
 * Matching ranks from a third copy, the in-memory MatchingPool: loaded from the store the first
 * time it is needed and kept in step by the same handlers, after their store write. A handler that
 * runs while the pool loads waits for the load and then applies its own change, so the pool never
 * misses one.
 */
export class SearchProjection {
  readonly students: Collection<StudentProfile>;
  readonly companies: Collection<CompanyView>;
  readonly assignments: Collection<AssignmentView>;
  readonly seats: Collection<PlacementSeat>;
  readonly erased: Collection<ErasedStudent>;
  readonly applications: Collection<Application>;
  private poolLoad?: Promise<MatchingPool>;

  constructor(
    private readonly store: Store,
    readonly index: SearchIndex<AssignmentSearchDoc>,
  ) {
    this.students = store.collection<StudentProfile>(STUDENT_PROFILES);
    this.companies = store.collection<CompanyView>(COMPANIES);
    this.assignments = store.collection<AssignmentView>(ASSIGNMENTS);
    this.seats = store.collection<PlacementSeat>(PLACEMENT_SEATS);
    this.erased = store.collection<ErasedStudent>(ERASED_STUDENTS);
    this.applications = store.collection<Application>(APPLICATIONS);
  }

  async onStudent({ studentId, ...facts }: StudentFacts): Promise<void> {
    if (await this.isErased(studentId)) return;
    const profile: StudentProfile = { id: studentId, ...facts };
    await this.students.put(profile);
    await this.inPool((pool) => pool.putStudent(poolStudent(profile)));
  }

  /** Drops everything search holds on the student, and keeps a tombstone so nothing brings them back. */
  async onStudentErased(studentId: string): Promise<void> {
    await this.erased.put({ id: erasureTombstoneKey(studentId) });
    await this.students.delete(studentId);
    for (const application of await this.applications.find({ studentId })) await this.applications.delete(application.id);
    await this.inPool((pool) => pool.removeStudent(studentId));
  }

  async onApplication({ applicationId, assignmentId, studentId, companyId }: ApplicationFacts): Promise<void> {
    if (await this.isErased(studentId)) return;
    await this.applications.put({ id: applicationId, assignmentId, studentId, companyId });
  }

  /** Whether the student applied to one of the company's assignments (whatever became of it). */
  async appliedToCompany(studentId: string, companyId: string): Promise<boolean> {
    return (await this.applications.count({ companyId, studentId })) > 0;
  }

  async appliedTo(studentId: string, assignmentId: string): Promise<boolean> {
    return (await this.applications.find({ studentId })).some((a) => a.assignmentId === assignmentId);
  }

  /** The matching pool, loaded from the store the first time. */
  pool(): Promise<MatchingPool> {
    this.poolLoad ??= this.loadPool();
    return this.poolLoad;
  }

  /** How many places an assignment has left, from the seats the store knows of. */
  async placesLeftOf(assignment: AssignmentView): Promise<number> {
    return placesLeft(assignment, await this.seats.count({ assignmentId: assignment.id, holdsPlace: true }));
  }

  async onCompany({ companyId, ...facts }: CompanyFacts): Promise<void> {
    await this.companies.put({ id: companyId, ...facts });
    const own = await this.assignments.find({ companyId });
    await this.reindex(own.map((a) => a.id));
  }

  /** The organisation is gone (retention): its assignments leave the index and the pool, then the store. */
  async onCompanyRemoved(companyId: string): Promise<void> {
    await this.companies.delete(companyId);
    const own = await this.assignments.find({ companyId });
    await this.reindex(own.map((a) => a.id));
    for (const a of own) await this.assignments.delete(a.id);
  }

  async onAssignment({ assignmentId, ...facts }: AssignmentFacts): Promise<void> {
    await this.assignments.put({ id: assignmentId, ...facts });
    await this.reindex([assignmentId]);
  }

  async onPlacement(p: PlacementFacts): Promise<void> {
    await this.seats.put({ id: p.placementId, assignmentId: p.assignmentId, holdsPlace: holdsPlace(p.status) });
    await this.reindex([p.assignmentId]);
  }

  async student(id: string): Promise<StudentProfile | undefined> {
    return this.students.get(id);
  }

  async isErased(studentId: string): Promise<boolean> {
    return (await this.erased.get(erasureTombstoneKey(studentId))) !== undefined;
  }

  /** Every assignment search may show, from the store (the index is derived from this). */
  async openAssignments(): Promise<OpenAssignment[]> {
    const published = await this.assignments.find({ status: 'PUBLISHED' });
    if (published.length === 0) return [];
    const companies = new Map(
      (await this.companies.find({ id: { in: [...new Set(published.map((a) => a.companyId))] } })).map((c) => [c.id, c]),
    );
    const taken = new Map<string, number>();
    for (const seat of await this.seats.find({ holdsPlace: true })) taken.set(seat.assignmentId, (taken.get(seat.assignmentId) ?? 0) + 1);
    return published.flatMap((assignment) => {
      const company = companies.get(assignment.companyId);
      return company && isSearchable(assignment, company)
        ? [{ assignment, company, placesLeft: placesLeft(assignment, taken.get(assignment.id) ?? 0) }]
        : [];
    });
  }

  /** True when the store holds anything at all of the projection. */
  async hasData(): Promise<boolean> {
    for (const c of [this.students, this.companies, this.assignments, this.seats, this.erased, this.applications]) if ((await c.count()) > 0) return true;
    return false;
  }

  /**
   * Empties store and index before a replay of the log. The erased ids are kept: they hold no
   * personal data, and they make sure a replay cannot bring an erased student back even if the
   * log no longer had the erasure event.
   */
  async reset(): Promise<void> {
    await this.store.clear({ keep: [ERASED_STUDENTS] });
    await this.index.clear();
    await this.index.persist();
    (await this.pool()).clear();
  }

  /**
   * Brings the index in line with the store. The index is written to disk a moment after the store
   * (debounced), so after a crash it can trail the events the store has already taken in.
   */
  async reconcileIndex(): Promise<{ upserted: number; removed: number }> {
    const expected = new Map((await this.openAssignments()).map((o) => [o.assignment.id, toSearchDoc(o.assignment, o.company, o.placesLeft)]));
    const present = new Map((await this.index.all()).map((d) => [d.id, d]));
    const removed = [...present.keys()].filter((id) => !expected.has(id));
    const upserted = [...expected.values()].filter((d) => JSON.stringify(present.get(d.id)) !== JSON.stringify(d));
    await this.index.remove(removed);
    await this.index.upsert(upserted);
    await this.index.persist();
    return { upserted: upserted.length, removed: removed.length };
  }

  /** Recomputes the index documents of these assignments from the store. */
  private async reindex(assignmentIds: string[]): Promise<void> {
    const upserts: AssignmentSearchDoc[] = [];
    const open: PoolAssignment[] = [];
    const removals: string[] = [];
    for (const id of assignmentIds) {
      const assignment = await this.assignments.get(id);
      if (!assignment) continue; // a placement seen before its assignment; indexed when it arrives
      const company = await this.companies.get(assignment.companyId);
      if (!company || !isSearchable(assignment, company)) {
        removals.push(id);
        continue;
      }
      const left = await this.placesLeftOf(assignment);
      upserts.push(toSearchDoc(assignment, company, left));
      open.push(poolAssignment(assignment, left));
    }
    await this.index.remove(removals);
    await this.index.upsert(upserts);
    await this.inPool((pool) => {
      for (const id of removals) pool.removeAssignment(id);
      for (const a of open) pool.putAssignment(a);
    });
  }

  private async loadPool(): Promise<MatchingPool> {
    const pool = new MatchingPool();
    for (const s of await this.students.find()) pool.putStudent(poolStudent(s));
    for (const o of await this.openAssignments()) pool.putAssignment(poolAssignment(o.assignment, o.placesLeft));
    return pool;
  }

  /** Applies a change to the pool once it is loaded; before anyone asked for it there is nothing to keep in step. */
  private async inPool(change: (pool: MatchingPool) => void): Promise<void> {
    if (this.poolLoad) change(await this.poolLoad);
  }
}

function poolStudent(profile: StudentProfile): PoolStudent {
  return { id: profile.id, level: profile.level, skills: profile.skills, preferences: profile.preferences, discoverable: profile.discoverable };
}

/** Only what matching reads: the pool holds every open assignment, so titles and descriptions stay out. */
export function poolAssignment(a: AssignmentView, left: number): PoolAssignment {
  return {
    id: a.id,
    companyId: a.companyId,
    publishedAt: a.publishedAt,
    levels: a.levels,
    sector: a.sector,
    type: a.type,
    requiredSkills: a.requiredSkills,
    niceToHaveSkills: a.niceToHaveSkills,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    hoursPerWeek: a.hoursPerWeek,
    municipality: a.municipality,
    remote: a.remote,
    applicationDeadline: a.applicationDeadline,
    placesLeft: left,
  };
}
