import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateQualityWorld, QUALITY_TODAY } from './dataset';
import { judge } from './judge';

/**
 * Writes test/quality/labels.json: every student × assignment pair of the quality world with the
 * judge's grade and why. Run once when the guidelines or the world change:
 *   npx tsx services/search/test/quality/write-labels.ts
 * The quality test checks that the file still matches, so labels cannot drift silently.
 */
export const LABELS_FILE = join(__dirname, '..', '..', '..', '..', 'test', 'quality', 'labels.json');

export interface LabelsFile {
  today: string;
  guidelines: string;
  /** The assignment ids, in the order of the grade strings. */
  assignments: string[];
  /** Student id → one digit (0–3) per assignment, in the order above. */
  grades: Record<string, string>;
}

export function currentLabels(): LabelsFile {
  const world = generateQualityWorld();
  const grades: Record<string, string> = {};
  for (const s of world.students) grades[s.studentId] = world.assignments.map((a) => judge(s, a, QUALITY_TODAY).grade).join('');
  return { today: QUALITY_TODAY, guidelines: 'test/quality/GUIDELINES.md', assignments: world.assignments.map((a) => a.assignmentId), grades };
}

if (require.main === module) {
  const out = currentLabels();
  writeFileSync(LABELS_FILE, `${JSON.stringify(out, null, 1)}\n`);
  const grades = Object.values(out.grades).flatMap((row) => [...row].map(Number));
  const count = (g: number) => grades.filter((x) => x === g).length;
  console.log(`wrote ${grades.length} labels to ${LABELS_FILE}: grade 3 ${count(3)}, 2 ${count(2)}, 1 ${count(1)}, 0 ${count(0)}`);
}
