import { erasureTombstoneKey, type StudentFacts } from '@cb/contracts';
import type { Collection, Doc } from '@cb/kit';
import type { StudentView } from '../domain/read-models';
import { putIfNewer } from './put-if-newer';

/** student.registered / profile-updated: the study facts a placement snapshots; nothing personal. */
export const projectStudent =
  (views: Collection<StudentView>, erased: Collection<Doc>) =>
  async (event: { time: string; data: StudentFacts }): Promise<void> => {
    const d = event.data;
    if (await erased.get(erasureTombstoneKey(d.studentId))) return; // erased: a late or replayed event must not bring them back
    await putIfNewer(views, {
      id: d.studentId,
      asOf: event.time,
      level: d.level,
      studyYear: d.studyYear,
      institutionId: d.institutionId,
      programmeId: d.programmeId,
      // Absent in events from before verification existed: those students count as verified.
      emailVerified: d.emailVerified ?? true,
    });
  };
