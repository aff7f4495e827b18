import { createHash } from 'node:crypto';

/**
 * Erasure tombstones (AVG/GDPR, DESIGN.md §4): every service that remembers "this student was
 * erased" (so that a late or replayed event cannot bring their data back) keys that memory by this
 * function, never by the raw id.
 *
 * Why a hash: the tombstone must outlive the erasure, yet must not be a trace a person could find
 * the student by — a store dump that lists erased ids says who used the marketplace. The service
 * only needs to recognise the id when an event names it again, which a one-way hash allows.
 * Why SHA-256 and not an HMAC: the ids are random UUIDs (122 bits), so the hash cannot be reversed
 * by guessing, and a key would be one more secret to share between services and keep forever —
 * losing or rotating it would make every tombstone unrecognisable, which is exactly a replay
 * bringing erased students back. The prefix keeps these keys apart from any other hash of an id.
 */
export function erasureTombstoneKey(studentId: string): string {
  return createHash('sha256').update(`career-boost/erased-student/${studentId}`).digest('hex');
}
