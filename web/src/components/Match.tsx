import { useTranslation } from 'react-i18next';
import type { FitFragment } from '../api/__generated__/graphql';

/** The search service's score for a match, or that it does not count (`notEligible` says so for its reader). */
export function MatchScore({ match, notEligible, id, className }: { match: FitFragment; notEligible: string; id?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className={className}>
      <strong>{match.eligible ? t('match.score', { score: Math.round(match.score) }) : notEligible}</strong>
    </p>
  );
}

/** The search service's reasons for a match, in the page's language, as one named list. */
export function MatchReasons({ reasons }: { reasons: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="reasons" aria-label={t('match.reasons')}>
      {reasons.map((reason, i) => (
        <li key={i}>{reason}</li>
      ))}
    </ul>
  );
}
