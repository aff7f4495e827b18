import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { retryWhilePropagating } from '../../api/retry';
import { useAuth } from '../../auth/AuthContext';
import { useAction } from '../../components/useAction';
import { TextField } from '../../components/Field';
import { useFormErrors } from '../../components/FormErrors';
import { loadingOrFailed } from '../../components/Loading';
import { MatchReasons, MatchScore } from '../../components/Match';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { PageHeading } from '../../components/PageHeading';
import { SubmitForm } from '../../components/SubmitForm';
import { StatusBadge } from '../../components/StatusBadge';
import { Section } from '../../components/Section';
import { skillCoverage, type SkillLevel } from '../../domain/fit';
import { sectorLabel, skillLabel } from '../../domain/vocab';
import { formatDate, formatMoney } from '../../format';
import { apiLanguage, currentLanguage } from '../../i18n';
import { Reasons, type Reason } from '@cb/contracts/src/errors';
import { APPLY, ASSIGNMENT, STUDENT_FIT } from './queries';

const MAX_MOTIVATION = 5000;

export function AssignmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { viewer } = useAuth();
  const studentId = viewer?.role === 'STUDENT' ? viewer.student?.id : undefined;
  const { data, error, loading, reload } = useQuery(ASSIGNMENT, { id });
  const fit = useQuery(STUDENT_FIT, { id, studentId: studentId ?? '', language: apiLanguage(lang) }, { skip: !studentId });

  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  const a = data?.assignment;
  if (!a) {
    return (
      <NotFound text={t('assignment.notFound')}>
        <Link to="/assignments">{t('nav.search')}</Link>
      </NotFound>
    );
  }
  const ownCompany = viewer?.role === 'COMPANY' && viewer.company?.id === a.company.id;
  const passport = fit.data?.student?.skills;
  const coverage = passport ? skillCoverage(a.requiredSkills, a.niceToHaveSkills, passport) : undefined;
  const match = fit.data?.assignment?.matchFor;
  const earlier = fit.data?.student?.applications.find((app) => app.assignment.id === a.id);

  return (
    <article className="assignment-page" aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/assignments">{t('assignment.backToSearch')}</Link>
      </p>
      <PageHeading>{a.title}</PageHeading>
      <p className="lead">
        <Link to={`/companies/${a.company.id}`}>{a.company.name}</Link> · {a.municipality.name}
        {a.remote ? ` · ${t('assignment.remote')}` : ''}
      </p>
      {a.status !== 'PUBLISHED' && (
        <p>
          <StatusBadge kind="assignmentStatus" status={a.status} />
        </p>
      )}
      {a.status === 'PUBLISHED' && !a.openForApplications && <p className="tag-inline tag-closed">{t('assignment.closed')}</p>}
      <div className="two-columns">
        <div>
          <section aria-labelledby="about">
            <h2 id="about">{t('assignment.about')}</h2>
            <p className="prewrap">{a.description}</p>
          </section>
          <section aria-labelledby="skills">
            <h2 id="skills">{t('assignment.skills')}</h2>
            <SkillList title={t('assignment.required')} skills={a.requiredSkills} passport={passport} />
            {a.niceToHaveSkills.length > 0 && <SkillList title={t('assignment.niceToHave')} skills={a.niceToHaveSkills} passport={passport} />}
          </section>
        </div>
        <aside className="facts-panel" aria-labelledby="facts">
          <h2 id="facts">{t('assignment.facts')}</h2>
          <dl className="facts">
            <dt>{t('assignment.placesLeftLabel')}</dt>
            <dd className={a.filled ? 'text-warning' : undefined}>{a.filled ? t('assignment.full') : t('assignment.placesOf', { left: a.placesLeft, places: a.places })}</dd>
            <dt>{t('fields.type')}</dt>
            <dd>{t(`enums.assignmentType.${a.type}` as never)}</dd>
            <dt>{t('fields.sector')}</dt>
            <dd>{sectorLabel(a.sector, lang)}</dd>
            <dt>{t('fields.levels')}</dt>
            <dd>{a.levels.map((l) => t(`enums.studyLevel.${l}` as never)).join(', ')}</dd>
            <dt>{t('fields.period')}</dt>
            <dd>{t('assignment.period', { from: formatDate(a.periodStart, lang), to: formatDate(a.periodEnd, lang) })}</dd>
            <dt>{t('fields.hoursPerWeek')}</dt>
            <dd>{a.hoursPerWeek}</dd>
            <dt>{t('fields.language')}</dt>
            <dd>{t(`enums.workingLanguage.${a.language}` as never)}</dd>
            {a.applicationDeadline && (
              <>
                <dt>{t('fields.applicationDeadline')}</dt>
                <dd>{formatDate(a.applicationDeadline, lang)}</dd>
              </>
            )}
            {a.allowancePerMonth != null && (
              <>
                <dt>{t('fields.allowancePerMonth')}</dt>
                <dd>{formatMoney(a.allowancePerMonth, lang)}</dd>
              </>
            )}
          </dl>
          {(match || coverage) && (
            <section aria-labelledby="fit" className="fit">
              <h3 id="fit">{t('fit.title')}</h3>
              {match ? (
                <>
                  <meter min={0} max={100} value={match.score} aria-labelledby="fit fit-score" />
                  <MatchScore match={match} notEligible={t('match.notEligible')} id="fit-score" />
                  <MatchReasons reasons={match.reasons} />
                </>
              ) : (
                coverage && (
                  <>
                    <meter min={0} max={100} value={coverage.percent} aria-labelledby="fit fit-text" />
                    <p id="fit-text">{t('fit.summary', { met: coverage.met.length, total: a.requiredSkills.length })}</p>
                    {coverage.lower.length > 0 && <p>{t('fit.lower', { skills: coverage.lower.map((s) => skillLabel(s.skill.id, lang)).join(', ') })}</p>}
                    {coverage.missing.length > 0 && <p>{t('fit.missing', { skills: coverage.missing.map((s) => skillLabel(s.skill.id, lang)).join(', ') })}</p>}
                  </>
                )
              )}
            </section>
          )}
          <section aria-labelledby="company-title" className="company-box">
            <h3 id="company-title">{a.company.name}</h3>
            <p className="muted">
              {sectorLabel(a.company.sector, lang)} · {a.company.municipality.name}
            </p>
            {a.company.impactLabel && <p className="tag-inline">{t('company.impactLabel')}</p>}
            {a.company.description && <p>{a.company.description}</p>}
            <p>
              <Link to={`/companies/${a.company.id}`}>{t('assignment.moreFromCompany')}</Link>
            </p>
          </section>
        </aside>
      </div>
      {ownCompany && (
        <p className="actions">
          <Link className="button" to={`/company/assignments/${a.id}/applicants`}>
            {t('company.applicants')}
          </Link>
          <Link className="button button-secondary" to={`/company/assignments/${a.id}/edit`}>
            {t('common.edit')}
          </Link>
        </p>
      )}
      {!viewer && a.canApply.reason === Reasons.SIGN_IN_REQUIRED && (
        <Notice tone="info">
          <Link to="/signin" state={{ from: `/assignments/${a.id}` }}>
            {t('assignment.signInToApply')}
          </Link>
        </Notice>
      )}
      {/* Organisations and staff cannot apply at all; only a student is told why not. */}
      {studentId && (
        <ApplySection assignmentId={a.id} check={a.canApply} earlier={earlier} onApplied={() => { fit.reload(); reload(); }} />
      )}
    </article>
  );
}

function SkillList({ title, skills, passport }: { title: string; skills: SkillLevel[]; passport?: SkillLevel[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const has = new Map(passport?.map((s) => [s.skill.id, s.level]));
  return (
    <>
      <h3>{title}</h3>
      {skills.length === 0 ? (
        <p className="muted">{t('assignment.noSkills')}</p>
      ) : (
        <ul className="skill-list">
          {skills.map((s) => {
            const own = has.get(s.skill.id);
            const state = own === undefined ? 'missing' : own >= s.level ? 'met' : 'lower';
            return (
              <li key={s.skill.id} className={passport ? `skill-${state}` : undefined}>
                {skillLabel(s.skill.id, lang)} — {t('skills.levelN', { level: s.level, name: t(`skills.level.${s.level as 1 | 2 | 3 | 4}`) })}
                {passport && <span className="skill-state"> ({t(`fit.state.${state}`)})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function ApplySection({
  assignmentId,
  check,
  earlier,
  onApplied,
}: {
  assignmentId: string;
  check: { allowed: boolean; reason: Reason | null };
  earlier?: { id: string; status: string };
  onApplied(): void;
}) {
  const { t } = useTranslation();
  const [motivation, setMotivation] = useState('');
  const errors = useFormErrors();
  const { pending, run } = useAction<true>(errors);
  const [applied, setApplied] = useState(false);

  // One application per assignment (the API refuses a second one), whatever became of the first.
  if (applied || earlier) {
    return (
      <Section id="apply" className="card apply" title={t('apply.title')}>
        <Notice>
          {applied ? t('apply.done') : t('apply.already')} {earlier && <StatusBadge kind="applicationStatus" status={earlier.status} />}{' '}
          <Link to="/student/applications">{t('nav.myApplications')}</Link>
        </Notice>
      </Section>
    );
  }
  // The form only when the server would take it; otherwise its reason, in the page's language.
  if (!check.allowed) {
    return (
      <Section id="apply" className="card apply" title={t('apply.notPossible')}>
        <Notice tone="warning">{check.reason ? t(`reasons.${check.reason}`, { seconds: 1 }) : t('apply.notPossible')}</Notice>
      </Section>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired({ motivation })) return;
    await run(true, async () => {
      await retryWhilePropagating(() => request(APPLY, { assignmentId, motivation: motivation.trim() }));
      setApplied(true);
      onApplied();
    });
  };
  return (
    <Section id="apply" className="card apply" title={t('apply.title')}>
      <SubmitForm errors={errors} onSubmit={submit} pending={Boolean(pending)} submit={t('apply.submit')} pendingLabel={t('apply.pending')}>
        <TextField label={t('apply.motivation')} hint={t('apply.motivationHint', { max: MAX_MOTIVATION })} required name="motivation" rows={6} maxLength={MAX_MOTIVATION} value={motivation} onChange={setMotivation} />
        <p className="muted char-count" aria-live="off">
          {t('apply.chars', { count: motivation.length, max: MAX_MOTIVATION })}
        </p>
      </SubmitForm>
    </Section>
  );
}
