import {
  MIN_RECOMMENDATION_SCORE,
  goodEnoughToRecommend,
  holdsARequiredSkill,
  levelCredit,
  meetsConstraints,
  scoreOnly,
  scoreUpperBound,
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
 *
 * At 100,000 assignments and 200,000 students those pairs still number in the tens of thousands.
 * Walking a skill's list first gives each pair an upper bound of its score (scoreUpperBound: what
 * the student holds of the required skills, at which levels); pairs are then scored best bound
 * first, and ranking stops at the first bound that could no longer enter the top. The result is
 * the same as scoring every pair; most are never scored.
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
    // The minimum fit asks for a required skill held, so only these assignments can qualify.
    const held = new Map<string, Held<PoolAssignment>>();
    for (const own of student.skills) {
      for (const id of this.assignmentsBySkill.get(own.skillId) ?? []) {
        const assignment = this.assignments.get(id)!;
        const asked = assignment.requiredSkills.find((s) => s.skillId === own.skillId)!.level;
        addHeld(held, id, assignment, levelCredit(own.level, asked));
      }
    }
    for (const id of this.withoutRequired) held.set(id, { item: this.assignments.get(id)!, credit: 0, count: 0 });
    return rankByBound(held, limit, byRank, (assignment) => assignment, (assignment) => {
      if (!meetsConstraints(student, assignment, today) || !holdsARequiredSkill(student, assignment)) return undefined;
      return (floor) => {
        const score = scoreOnly(student, assignment, floor);
        return goodEnoughToRecommend(student, assignment, score) ? score : undefined;
      };
    });
  }

  /** The discoverable students who fit the assignment best, best first. */
  rankCandidates(assignment: AssignmentForMatching, today: string, limit: number): Array<Ranked<PoolStudent>> {
    const byRank = (a: Ranked<PoolStudent>, b: Ranked<PoolStudent>) => b.score - a.score || compareAsc(a.item.id, b.item.id);
    const held = new Map<string, Held<PoolStudent>>();
    // The minimum fit asks for a required skill held: only their holders can qualify, or anyone when none is asked.
    if (assignment.requiredSkills.length > 0) {
      for (const want of assignment.requiredSkills) {
        for (const id of this.discoverableBySkill.get(want.skillId) ?? []) {
          const student = this.students.get(id)!;
          addHeld(held, id, student, levelCredit(student.skills.find((s) => s.skillId === want.skillId)!.level, want.level));
        }
      }
    } else {
      for (const [id, student] of this.students) if (student.discoverable) held.set(id, { item: student, credit: 0, count: 0 });
    }
    return rankByBound(held, limit, byRank, () => assignment, (student) => {
      if (!meetsConstraints(student, assignment, today) || !holdsARequiredSkill(student, assignment)) return undefined;
      return (floor) => {
        const score = scoreOnly(student, assignment, floor);
        return goodEnoughToRecommend(student, assignment, score) ? score : undefined;
      };
    });
  }
}

/** What one side holds of the other's required skills: the summed level credit and how many. */
interface Held<T> {
  item: T;
  credit: number;
  count: number;
}

function addHeld<T>(held: Map<string, Held<T>>, id: string, item: T, credit: number): void {
  const entry = held.get(id);
  if (entry) {
    entry.credit += credit;
    entry.count++;
  } else held.set(id, { item, credit, count: 1 });
}

/**
 * Scores the pairs best upper bound first and stops at the first bound below what the top list
 * asks (its worst score once full, and never below the minimum score): no later pair can enter.
 * `check` says whether a pair may be recommended at all, and if so how to score it against a floor.
 *
 * The pairs are grouped by bound rather than sorted: a bound comes from a handful of level credits,
 * so tens of thousands of pairs share a few dozen bounds, and only those are sorted (issue 13:
 * sorting every pair was most of recommendCandidates at 200k students). Within a group the order
 * does not matter, as the top list orders by score and id.
 */
function rankByBound<T>(
  held: Map<string, Held<T>>,
  limit: number,
  order: (a: Ranked<T>, b: Ranked<T>) => number,
  assignmentOf: (item: T) => AssignmentForMatching,
  check: (item: T) => ((floor: number) => number | undefined) | undefined,
): Array<Ranked<T>> {
  const ranking = new TopK(limit, order);
  const groups = new Map<number, T[]>();
  for (const h of held.values()) {
    const bound = scoreUpperBound(assignmentOf(h.item), h.credit, h.count);
    const group = groups.get(bound);
    if (group) group.push(h.item);
    else groups.set(bound, [h.item]);
  }
  for (const bound of [...groups.keys()].sort((a, b) => b - a)) {
    for (const item of groups.get(bound)!) {
      const floor = Math.max(ranking.floor(), MIN_RECOMMENDATION_SCORE);
      if (bound < floor) return ranking.result();
      const score = check(item)?.(floor);
      if (score !== undefined) ranking.offer({ item, score });
    }
  }
  return ranking.result();
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
