import type { Viewer } from '@cb/kit/core';
import type { Owner } from './notification';

/**
 * Whose inbox a viewer reads and marks: a student their own, a company user their organisation's.
 * Staff have no inbox of their own (nothing in the marketplace is addressed to staff yet) and do not
 * read other people's: undefined, which the use cases answer with an empty page.
 */
export function inboxOf(viewer: Viewer): Owner | undefined {
  if (viewer.role === 'STUDENT' && viewer.studentId) return { kind: 'STUDENT', id: viewer.studentId };
  if (viewer.role === 'COMPANY' && viewer.companyId) return { kind: 'COMPANY', id: viewer.companyId };
  return undefined;
}

/** Saved searches are a student's own: the student whose they are, nobody else (staff neither). */
export const searcherOf = (viewer: Viewer): string | undefined => (viewer.role === 'STUDENT' && viewer.studentId ? viewer.studentId : undefined);
