import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/hooks';
import { useAuth } from '../../auth/AuthContext';
import { AssignmentList } from '../../components/AssignmentCard';
import { ErrorMessage } from '../../components/ErrorMessage';
import { MatchReasons, MatchScore } from '../../components/Match';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { apiLanguage, currentLanguage } from '../../i18n';
import { STUDENT_HOME } from './queries';

export function StudentHomePage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { viewer } = useAuth();
  const studentId = viewer?.student?.id ?? '';
  const { data, error, loading } = useQuery(STUDENT_HOME, { studentId, language: apiLanguage(lang) });
  const student = data?.student;
  const offers = student?.applications.filter((a) => a.status === 'OFFERED').length ?? 0;
  // Still running: the student may still withdraw it (the API's allowedMoves, not a copy of the workflow).
  const open = student?.applications.filter((a) => a.allowedMoves.includes('WITHDRAWN')).length ?? 0;

  return (
    <>
      <PageHeading>{t('studentHome.title', { name: viewer?.student?.name ?? '' })}</PageHeading>
      {offers > 0 && (
        <Notice tone="info">
          {t('studentHome.offers', { count: offers })} <Link to="/student/applications">{t('studentHome.answerOffer')}</Link>
        </Notice>
      )}
      {student && (
        <p>
          {t('studentHome.openApplications', { count: open })} <Link to="/student/applications">{t('nav.myApplications')}</Link> ·{' '}
          <Link to="/assignments">{t('studentHome.searchAll')}</Link>
        </p>
      )}
      <section aria-labelledby="recommended">
        <h2 id="recommended">{t('studentHome.recommended')}</h2>
        <p className="muted">{t('studentHome.recommendedHint')}</p>
        <ErrorMessage error={error} />
        {loading && !data && <Loading />}
        {student && student.skills.length === 0 && (
          <Notice tone="info">
            {t('studentHome.noSkills')} <Link to="/student/profile">{t('nav.profile')}</Link>
          </Notice>
        )}
        {data && data.recommendAssignments.length === 0 && student && student.skills.length > 0 && (
          <p>
            {t('studentHome.noRecommendations')} <Link to="/student/profile">{t('nav.profile')}</Link>. {t('studentHome.noRecommendationsSearch')}{' '}
            <Link to="/assignments">{t('nav.search')}</Link>
          </p>
        )}
        {data && (
          <AssignmentList
            items={data.recommendAssignments.map((match) => ({
              assignment: match.assignment,
              more: (
                <div className="match">
                  <MatchScore match={match} notEligible={t('match.notEligible')} className="match-score" />
                  <MatchReasons reasons={match.reasons} />
                </div>
              ),
            }))}
          />
        )}
      </section>
    </>
  );
}
