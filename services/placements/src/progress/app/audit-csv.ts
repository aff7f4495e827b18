import { stringify } from 'csv-stringify/sync';
import type { Language } from '../domain/labels';
import type { AuditRow, ProgressAudit } from './audit';

/** The columns of the audit CSV, with their headers in both languages. Ids only, no names. */
const COLUMNS: Array<[keyof AuditRow, { NL: string; EN: string }]> = [
  ['placementId', { NL: 'Plaatsing', EN: 'Placement' }],
  ['studentId', { NL: 'Student', EN: 'Student' }],
  ['assignmentId', { NL: 'Opdracht', EN: 'Assignment' }],
  ['companyId', { NL: 'Organisatie', EN: 'Organisation' }],
  ['status', { NL: 'Status', EN: 'Status' }],
  ['confirmedAt', { NL: 'Bevestigd op', EN: 'Confirmed at' }],
  ['startDate', { NL: 'Startdatum', EN: 'Start date' }],
  ['plannedStart', { NL: 'Geplande start', EN: 'Planned start' }],
  ['cancelledAfterStart', { NL: 'Geannuleerd na start', EN: 'Cancelled after start' }],
  ['studyLevel', { NL: 'Niveau', EN: 'Study level' }],
  ['studyYear', { NL: 'Studiejaar', EN: 'Study year' }],
  ['institutionId', { NL: 'Onderwijsinstelling', EN: 'Institution' }],
  ['programmeId', { NL: 'Opleiding', EN: 'Programme' }],
  ['sector', { NL: 'Sector', EN: 'Sector' }],
  ['type', { NL: 'Soort opdracht', EN: 'Assignment type' }],
  ['municipality', { NL: 'Werkgemeente', EN: 'Work municipality' }],
  ['municipalityDecidedBy', { NL: 'Werkgemeente bepaald door', EN: 'Municipality decided by' }],
  ['countsTowardGoal', { NL: 'Telt mee', EN: 'Counts toward goal' }],
  ['notCountedReason', { NL: 'Reden niet meegeteld', EN: 'Reason not counted' }],
  ['attributedTo', { NL: 'Meegeteld via plaatsing', EN: 'Counted with placement' }],
  ['correctionReason', { NL: 'Reden correctie', EN: 'Correction reason' }],
];

const YES_NO = { NL: ['ja', 'nee'], EN: ['yes', 'no'] } as const;

/**
 * The staff audit list as CSV, beside the progress CSV and in its dialect (app/progress-csv.ts):
 * Dutch with `;`, English with `,`, both UTF-8 with a byte-order mark and CRLF. Codes stay codes
 * (AD, OUTSIDE_REGION …) so a pivot table can group on them in either language.
 */
export function progressAuditCsv(audit: ProgressAudit, language: Language): string {
  const [yes, no] = YES_NO[language];
  const cell = (v: AuditRow[keyof AuditRow]) => (v === null ? '' : typeof v === 'boolean' ? (v ? yes : no) : String(v));
  const header = COLUMNS.map(([, label]) => label[language]);
  const rows = audit.rows.map((r) => COLUMNS.map(([key]) => cell(r[key])));
  return stringify([header, ...rows], { delimiter: language === 'NL' ? ';' : ',', bom: true, record_delimiter: 'windows' });
}
