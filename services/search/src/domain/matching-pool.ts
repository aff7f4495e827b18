import {
  MIN_RECOMMENDATION_SCORE,
  goodEnoughToRecommend,
  holdsARequiredSkill,
  meetsConstraints,
  scoreOnly,
  type AssignmentForMatching,
  type StudentForMatching,
} from './matching';

export interface PoolStudent extends StudentForMatching {
  id: string;
  /** Only discoverable students are ever recommended to companies. */
  discoverable: boolean;
}

export interface PoolAssignment extends AssignmentForMatching {
  id: string;
  companyId: string;
  publishedAt: string | null;
}

export interface Ranked<T> {
  item: T;
  score: number;
}

/**
 * Everything matching ranks, in memory: the students and the open assignments, and which of them
 * hold or ask each skill. Derived from the search store (loaded from it at start, then kept in
 * step by the event handlers), so it is a cache that can always be thrown away.
 *
 * Ranking looks only at the pairs that can be recommended at all: the minimum fit (matching.ts)
 * asks that the student holds one of the required skills, so for a student only the assignments
 * asking one of their skills (and those asking none), for an assignment only the holders of its
 * required skills (or everyone when it asks none). The result is exactly what scoring every pair
 * would give; the index only skips pairs that cannot qualify.
 */
export class MatchingPool {
  private readonly students = new Map<string, PoolStudent>();
  private readonly assignments = new Map<string, PoolAssignment>();
  /** Open assignments by the skills they require. */
  private readonly assignmentsBySkill = new Map<string, Set<string>>();
  /** Open assignments that require no skill: they score on skills for everyone, so are always looked at. */
  private readonly withoutRequired = new Set<string>();
  private readonly discoverableBySkill = new Map<string, Set<string>>();
  private discoverableCount = 0;

  get size(): { students: number; assignments: number } {
    return { students: this.students.size, assignments: this.assignments.size };
  }

  student(id: string): PoolStudent | undefined {
    return this.students.get(id);
  }

  assignment(id: string): PoolAssignment | undefined {
    return this.assignments.get(id);
  }

  putStudent(student: PoolStudent): void {
    this.removeStudent(student.id);
    this.students.set(student.id, student);
    if (!student.discoverable) return;
    this.discoverableCount++;
    for (const s of student.skills) addTo(this.discoverableBySkill, s.skillId, student.id);
  }

  removeStudent(id: string): void {
    const old = this.students.get(id);
    if (!old) return;
    this.students.delete(id);
    if (!old.discoverable) return;
    this.discoverableCount--;
    for (const s of old.skills) removeFrom(this.discoverableBySkill, s.skillId, id);
  }

  /** An open assignment (published, of an approved organisation), with its places left. */
  putAssignment(assignment: PoolAssignment): void {
    this.removeAssignment(assignment.id);
    this.assignments.set(assignment.id, assignment);
    for (const s of assignment.requiredSkills) addTo(this.assignmentsBySkill, s.skillId, assignment.id);
    if (assignment.requiredSkills.length === 0) this.withoutRequired.add(assignment.id);
  }

  removeAssignment(id: string): void {
    const old = this.assignments.get(id);
    if (!old) return;
    this.assignments.delete(id);
    for (const s of old.requiredSkills) removeFrom(this.assignmentsBySkill, s.skillId, id);
    this.withoutRequired.delete(id);
  }

  clear(): void {
    this.students.clear();
    this.assignments.clear();
    this.assignmentsBySkill.clear();
    this.withoutRequired.clear();
    this.discoverableBySkill.clear();
    this.discoverableCount = 0;
  }

  /** The open assignments that fit the student best, best first (newest first among equals). */
  rankAssignments(student: StudentForMatching, today: string, limit: number): Array<Ranked<PoolAssignment>> {
    const byRank = (a: Ranked<PoolAssignment>, b: Ranked<PoolAssignment>) =>
      b.score - a.score || compareDesc(a.item.publishedAt ?? '', b.item.publishedAt ?? '') || compareAsc(a.item.id, b.item.id);
    const ranking = new TopK(limit, byRank);
    const seen = new Set<string>();
    const consider = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const assignment = this.assignments.get(id)!;
      if (!meetsConstraints(student, assignment, today) || !holdsARequiredSkill(student, assignment)) return;
      const score = scoreOnly(student, assignment, Math.max(ranking.floor(), MIN_RECOMMENDATION_SCORE));
      if (goodEnoughToRecommend(student, assignment, score)) ranking.offer({ item: assignment, score });
    };
    // The minimum fit asks for a required skill held, so only these assignments can qualify.
    for (const skill of student.skills.map((s) => s.skillId)) this.assignmentsBySkill.get(skill)?.forEach(consider);
    this.withoutRequired.forEach(consider);
    return ranking.result();
  }

  /** The discoverable students who fit the assignment best, best first. */
  rankCandidates(assignment: AssignmentForMatching, today: string, limit: number): Array<Ranked<PoolStudent>> {
    const byRank = (a: Ranked<PoolStudent>, b: Ranked<PoolStudent>) => b.score - a.score || compareAsc(a.item.id, b.item.id);
    const ranking = new TopK(limit, byRank);
    const seen = new Set<string>();
    const consider = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      const student = this.students.get(id)!;
      if (!student.discoverable || !meetsConstraints(student, assignment, today) || !holdsARequiredSkill(student, assignment)) return;
      const score = scoreOnly(student, assignment, Math.max(ranking.floor(), MIN_RECOMMENDATION_SCORE));
      if (goodEnoughToRecommend(student, assignment, score)) ranking.offer({ item: student, score });
    };
    // The minimum fit asks for a required skill held: only their holders can qualify, or anyone when none is asked.
    if (assignment.requiredSkills.length > 0) {
      for (const skill of assignment.requiredSkills.map((s) => s.skillId)) this.discoverableBySkill.get(skill)?.forEach(consider);
    } else {
      for (const id of this.students.keys()) consider(id);
    }
    return ranking.result();
  }
}

/** The best `limit` items offered, kept sorted; cheap when far more are offered than kept. */
class TopK<T extends { score: number }> {
  private readonly items: T[] = [];
  constructor(
    private readonly limit: number,
    private readonly order: (a: T, b: T) => number,
  ) {}

  /** The score an item must beat to enter, once the list is full. */
  floor(): number {
    return this.items.length === this.limit && this.limit > 0 ? this.items[this.items.length - 1].score : -Infinity;
  }

  offer(item: T): void {
    const items = this.items;
    if (this.limit <= 0 || item.score === -Infinity) return;
    if (items.length === this.limit) {
      if (this.order(item, items[items.length - 1]) >= 0) return;
      items[items.length - 1] = item;
    } else items.push(item);
    for (let i = items.length - 1; i > 0 && this.order(items[i], items[i - 1]) < 0; i--) [items[i], items[i - 1]] = [items[i - 1], items[i]];
  }

  result(): T[] {
    return [...this.items];
  }
}

const compareAsc = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareDesc = (a: string, b: string) => compareAsc(b, a);

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let ids = index.get(key);
  if (!ids) index.set(key, (ids = new Set()));
  ids.add(id);
}

function removeFrom(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key);
  if (!ids) return;
  ids.delete(id);
  if (ids.size === 0) index.delete(key);
}
