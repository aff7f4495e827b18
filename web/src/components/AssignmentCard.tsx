import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sectorLabel } from '../domain/vocab';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import type { AssignmentCardFragment } from '../api/__generated__/graphql';

/** Its card's fields; openForApplications where closed ones can be listed (search with includeClosed). */
type AssignmentSummary = AssignmentCardFragment & { openForApplications?: boolean };

/** One assignment in a list: its title links to the assignment page; facts in words, not icons. */
export function AssignmentCard({
  assignment: a,
  headingLevel = 2,
  titleHtml,
  children,
}: {
  assignment: AssignmentSummary;
  headingLevel?: 2 | 3;
  /** The title with the search words marked (escaped HTML from the API's highlights). */
  titleHtml?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card result">
      <Heading className="result-title">
        {titleHtml ? <Link to={`/assignments/${a.id}`} dangerouslySetInnerHTML={{ __html: titleHtml }} /> : <Link to={`/assignments/${a.id}`}>{a.title}</Link>}
      </Heading>
      <p className="result-company">
        {a.company.name} · {a.municipality.name}
        {a.remote ? ` · ${t('assignment.remote')}` : ''}
      </p>
      <ul className="tags" aria-label={t('assignment.facts')}>
        <li>{t(`enums.assignmentType.${a.type}` as never)}</li>
        <li>{sectorLabel(a.sector, lang)}</li>
        <li>{t('assignment.period', { from: formatDate(a.periodStart, lang), to: formatDate(a.periodEnd, lang) })}</li>
        <li>{t('assignment.hours', { count: a.hoursPerWeek })}</li>
        {a.openForApplications === false && <li className="tag-closed">{t('search.closed')}</li>}
        {a.placesLeft !== undefined && (
          <li className={a.placesLeft === 0 ? 'tag-full' : 'tag-places'}>{a.placesLeft === 0 ? t('assignment.full') : t('assignment.placesLeft', { count: a.placesLeft })}</li>
        )}
      </ul>
      {children}
    </article>
  );
}

/** Assignments as a list of cards under the page's h2s (their titles are h3s), each with what the page adds to it. */
export function AssignmentList({ items, busy }: { items: Array<{ assignment: AssignmentSummary; titleHtml?: string; more?: ReactNode }>; busy?: boolean }) {
  return (
    <ul className="result-list" aria-busy={busy}>
      {items.map(({ assignment, titleHtml, more }) => (
        <li key={assignment.id}>
          <AssignmentCard assignment={assignment} headingLevel={3} titleHtml={titleHtml}>
            {more}
          </AssignmentCard>
        </li>
      ))}
    </ul>
  );
}
