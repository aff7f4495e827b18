/**
 * How a student's skills passport covers an assignment's skills. The search service owns the real
 * match score (Assignment.matchFor / recommendCandidates); this is the plain, explainable
 * coverage the web app shows where no score is available, and never presents as one.
 */
export interface SkillLevel {
  skill: { id: string };
  level: number;
}

export interface Coverage {
  /** Required skills the student has at the asked level or higher. */
  met: SkillLevel[];
  /** Required skills the student has, but at a lower level. */
  lower: Array<SkillLevel & { has: number }>;
  missing: SkillLevel[];
  niceMet: SkillLevel[];
  /** 0–100, for ordering: a required skill counts fully, at a lower level half; nice-to-haves a little. */
  percent: number;
}

export function skillCoverage(required: SkillLevel[], niceToHave: SkillLevel[], passport: SkillLevel[]): Coverage {
  const has = new Map(passport.map((s) => [s.skill.id, s.level]));
  const met: SkillLevel[] = [];
  const lower: Coverage['lower'] = [];
  const missing: SkillLevel[] = [];
  for (const r of required) {
    const level = has.get(r.skill.id);
    if (level === undefined) missing.push(r);
    else if (level >= r.level) met.push(r);
    else lower.push({ ...r, has: level });
  }
  const niceMet = niceToHave.filter((n) => has.has(n.skill.id));
  const base = required.length ? (met.length + lower.length / 2) / required.length : 1;
  // Nice-to-haves weigh a tenth, and only when the assignment names any.
  const score = niceToHave.length ? base * 0.9 + (0.1 * niceMet.length) / niceToHave.length : base;
  return { met, lower, missing, niceMet, percent: Math.round(score * 100) };
}
