import { Reasons, pickLabel, type Label, type Language, type Reason } from '@cb/contracts';

/**
 * The system's own moves in a history (StatusChange.explanation), in words: the same sense as the
 * web's texts for these reasons, for every client of the API.
 */
const SYSTEM_MOVE_LABELS: Partial<Record<Reason, Label>> = {
  [Reasons.OFFER_EXPIRED]: { nl: 'Het aanbod is verlopen: het is niet op tijd beantwoord.', en: 'The offer lapsed: it was not answered in time.' },
  [Reasons.OVERLAPPING_PLACEMENT_ACCEPTED]: {
    nl: 'Automatisch ingetrokken: de student heeft een plaats aangenomen in dezelfde periode.',
    en: 'Withdrawn automatically: the student accepted a place in the same period.',
  },
};

/** A system move's explanation in the language asked for; null for a person's move (they wrote a note). */
export const systemMoveText = (reason: Reason | null | undefined, language: Language): string | null => {
  const label = reason ? SYSTEM_MOVE_LABELS[reason] : undefined;
  return label ? pickLabel(label, language) : null;
};
