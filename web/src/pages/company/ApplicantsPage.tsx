import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { request } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../components/useAction';
import { Field, TextField } from '../../components/Field';
import { Select } from '../../components/Select';
import { ErrorSummary, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Loading, loadingOrFailed } from '../../components/Loading';
import { MatchReasons, MatchScore } from '../../components/Match';
import { Notice } from '../../components/Notice';
import { NotFound } from '../../components/NotFound';
import { PageHeading } from '../../components/PageHeading';
import { Badge, StatusBadge } from '../../components/StatusBadge';
import { Timeline } from '../../components/Timeline';
import { Card } from '../../components/Card';
import { skillCoverage, type Coverage } from '../../domain/fit';
import { skillLabel, type ApplicationStatus } from '../../domain/vocab';
import { addDays } from '@cb/contracts/src/rules/calendar';
import { lastDayToApply } from '@cb/contracts/src/rules/open-for-applications';
import { formatDate, today } from '../../format';
import { apiLanguage, currentLanguage } from '../../i18n';
import { APPLICANTS, CANDIDATES, COMPLETE_PLACEMENT, MOVE_APPLICATION, START_PLACEMENT, applicantMatches } from './queries';
import type { FitFragment, ApplicantsQuery } from '../../api/__generated__/graphql';

type Applicant = NonNullable<ApplicantsQuery['assignment']>['applications'][number];

/**
 * Applicants ranked: the ones still to decide on first; within them the best fit first (the
 * search service's match score, or skills coverage where it has none).
 */
export function ApplicantsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = currentLanguage();
  const language = apiLanguage(lang);
  const { data, error, loading, reload } = useQuery(APPLICANTS, { id, language });
  const studentIds = (data?.assignment?.applications ?? []).map((x) => x.student?.id).filter((s): s is string => Boolean(s));
  const matchVariables = Object.fromEntries<string>([['id', id], ['language', language], ...studentIds.map((s, i): [string, string] => [`s${i}`, s])]);
  // A new document only when the number of applicants changes (useQuery runs again on a new one).
  const matchesQuery = useMemo(() => applicantMatches(studentIds.length), [studentIds.length]);
  const matches = useQuery(matchesQuery, matchVariables, { skip: studentIds.length === 0 });
  const [message, setMessage] = useState<string>();

  const waiting = loadingOrFailed({ data, error, loading });
  if (waiting) return waiting;
  const a = data?.assignment;
  if (!a) return <NotFound text={t('assignment.notFound')} />;
  const matchOf = (studentId?: string) => {
    const i = studentId ? studentIds.indexOf(studentId) : -1;
    return i >= 0 ? (matches.data?.assignment?.[`m${i}`] ?? undefined) : undefined;
  };
  const stillOpen = (x: Applicant) => x.allowedMoves.length > 0 || x.status === 'ACCEPTED';
  const ranked = a.applications
    .map((application) => {
      const coverage = skillCoverage(a.requiredSkills, a.niceToHaveSkills, application.student?.skills ?? []);
      const match = matchOf(application.student?.id);
      // An ineligible match scores 0 whatever the skills; coverage still tells such applicants apart.
      return { application, coverage, match, rank: match?.eligible ? match.score : coverage.percent };
    })
    .sort(
      (x, y) =>
        Number(stillOpen(y.application)) - Number(stillOpen(x.application)) ||
        y.rank - x.rank ||
        x.application.submittedAt.localeCompare(y.application.submittedAt),
    );
  return (
    <>
      <p className="breadcrumb">
        <Link to="/company">{t('nav.ourAssignments')}</Link>
      </p>
      <PageHeading title={t('applicants.title', { title: a.title })}>
        {t('applicants.title', { title: a.title })}
      </PageHeading>
      <p className="lead">
        <StatusBadge kind="assignmentStatus" status={a.status} /> {a.filled ? t('assignment.full') : t('assignment.placesOf', { left: a.placesLeft, places: a.places })} ·{' '}
        {t('applicants.count', { count: a.applications.length })}
      </p>
      <p className="muted">{t('applicants.rankingNote')}</p>
      <Notice>{message}</Notice>
      {ranked.length === 0 && <p>{t('applicants.none')}</p>}
      <ol className="application-list ranked" aria-busy={matches.loading}>
        {ranked.map(({ application, coverage, match }) => (
          <li key={application.id}>
            <ApplicantCard
              applicant={application}
              coverage={coverage}
              match={match}
              requiredCount={a.requiredSkills.length}
              lastDay={lastDayToApply(a)}
              onChanged={(text) => {
                setMessage(text);
                reload();
                matches.reload();
              }}
            />
          </li>
        ))}
      </ol>
      <Candidates assignmentId={a.id} applicants={new Set(studentIds)} />
    </>
  );
}

/** Discoverable students the search service recommends for this assignment, with its reasons. */
function Candidates({ assignmentId, applicants }: { assignmentId: string; applicants: Set<string> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { data, error, loading } = useQuery(CANDIDATES, { id: assignmentId, language: apiLanguage(lang) });
  const candidates = (data?.recommendCandidates ?? []).filter((c) => !applicants.has(c.student.id));
  return (
    <section aria-labelledby="candidates" className="candidates">
      <h2 id="candidates">{t('candidates.title')}</h2>
      <p className="muted">{t('candidates.hint')}</p>
      <ErrorMessage error={error} />
      {loading && !data && <Loading />}
      {data && candidates.length === 0 && <p>{t('candidates.none')}</p>}
      <ul className="result-list">
        {candidates.map((c) => (
          <li key={c.student.id}>
            <Card id={`candidate-${c.student.id}`} level={3} heading={c.student.name} badge={<Badge tone="sent">{t('match.score', { score: Math.round(c.score) })}</Badge>}>
              <StudyLine student={c.student} />
              <MatchReasons reasons={c.reasons} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where a student studies, and at what level and year. */
function StudyLine({ student: s }: { student: { level: string; programme: { name: string }; institution: { name: string }; studyYear: number } }) {
  const { t } = useTranslation();
  return (
    <p className="muted">
      {t(`enums.studyLevel.${s.level}` as never)} · {s.programme.name} · {s.institution.name} · {t('applicants.year', { year: s.studyYear })}
    </p>
  );
}

function ApplicantCard({
  applicant: x,
  coverage,
  match,
  requiredCount,
  lastDay,
  onChanged,
}: {
  applicant: Applicant;
  coverage: Coverage;
  match?: FitFragment;
  requiredCount: number;
  /** The last day the assignment takes applications (the open rule): an offer is answered by then. */
  lastDay: string;
  onChanged(message: string): void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const moves = x.allowedMoves;
  const [to, setTo] = useState<ApplicationStatus | ''>('');
  const [note, setNote] = useState('');
  const [startDate, setStartDate] = useState(today());
  const [answerBy, setAnswerBy] = useState(() => suggestedAnswerBy(today(), lastDay));
  const errors = useFormErrors(x.id);
  const action = useAction<true>(errors);
  const pending = action.pending;
  const name = x.student?.name ?? t('applicants.erased');
  const headingId = `applicant-${x.id}`;

  const run = (call: () => Promise<unknown>, done: string) =>
    action.run(true, async () => {
      await call();
      setNote('');
      setTo('');
      onChanged(done);
    });
  const move = (event: FormEvent) => {
    event.preventDefault();
    // Whether a note is needed (revoking an offer) is the API's rule: its NOTE_REQUIRED shows beside the note.
    if (!errors.checkRequired({ status: to }) || !to) return;
    const offer = to === 'OFFERED';
    if (offer && !errors.checkRequired({ answerBy })) return;
    void run(
      () => request(MOVE_APPLICATION, { id: x.id, status: to, note: note.trim() || null, answerBy: offer ? answerBy : null }),
      t('applicants.moved', { name, status: t(`enums.applicationStatus.${to}`) }),
    );
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.checkRequired({ startDate })) return;
    void run(() => request(START_PLACEMENT, { id: x.placement!.id, startDate }), t('applicants.started', { name }));
  };

  return (
    <Card id={headingId} level={2} headingClassName="h3" heading={name} badge={<StatusBadge kind="applicationStatus" status={x.status} />} className="application">
      {x.student && <StudyLine student={x.student} />}
      {match ? (
        <div className="fit">
          <MatchScore match={match} notEligible={t('match.notEligibleApplicant')} />
          <MatchReasons reasons={match.reasons} />
        </div>
      ) : (
        <div className="fit">
          <p>
            <strong>{t('fit.summaryApplicant', { met: coverage.met.length, total: requiredCount })}</strong>
          </p>
          <ul className="reasons" aria-label={t('match.reasons')}>
            {coverage.met.map((s) => (
              <li key={s.skill.id} className="skill-met">
                {t('fit.reason.met', { skill: skillLabel(s.skill.id, lang), level: s.level })}
              </li>
            ))}
            {coverage.lower.map((s) => (
              <li key={s.skill.id} className="skill-lower">
                {t('fit.reason.lower', { skill: skillLabel(s.skill.id, lang), has: s.has, level: s.level })}
              </li>
            ))}
            {coverage.missing.map((s) => (
              <li key={s.skill.id} className="skill-missing">
                {t('fit.reason.missing', { skill: skillLabel(s.skill.id, lang) })}
              </li>
            ))}
            {coverage.niceMet.map((s) => (
              <li key={s.skill.id} className="skill-met">
                {t('fit.reason.nice', { skill: skillLabel(s.skill.id, lang) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>{t('applicants.motivationAndHistory')}</summary>
        <h3 className="h4">{t('applicants.motivation')}</h3>
        <p className="prewrap">{x.motivation}</p>
        <h3 className="h4">{t('myApplications.timeline')}</h3>
        <Timeline history={x.history} label={t('myApplications.timelineOf', { title: name })} />
      </details>
      {x.offerAnswerBy && (
        <p className="answer-by">
          <strong>{t('myApplications.answerBy', { date: formatDate(x.offerAnswerBy, lang) })}</strong>
        </p>
      )}
      {x.placement && (
        <p className="placement-line">
          {t('myApplications.placement')} <StatusBadge kind="placementStatus" status={x.placement.status} />
          {x.placement.startDate && ` · ${t('myApplications.started', { date: formatDate(x.placement.startDate, lang) })}`}
          {x.placement.countsTowardGoal && ` · ${t('applicants.countsTowardGoal')}`}
        </p>
      )}
      <FormErrorsProvider value={errors}>
      <ErrorSummary />
      <ErrorMessage error={errors.otherError} />
      {moves.length > 0 && (
        <form className="move-form" onSubmit={move} aria-label={t('applicants.moveLabel', { name })} noValidate>
          <Field label={t('applicants.nextStep')} required name="status">
            {(p) => (
              <Select {...p} value={to} options={moves} placeholder={t('common.choose')} label={(m) => t(`applicants.moveTo.${m as 'IN_REVIEW'}`)} onChange={setTo} />
            )}
          </Field>
          {to === 'OFFERED' && (
            <TextField label={t('applicants.answerBy')} hint={t('applicants.answerByHint', { close: formatDate(lastDay, lang) })} required name="answerBy" type="date" min={today()} max={lastDay} value={answerBy} onChange={setAnswerBy} />
          )}
          <TextField label={t('applicants.note')} hint={x.status === 'OFFERED' ? t('applicants.noteRequired') : t('applicants.noteHint')} name="note" rows={2} maxLength={2000} value={note} onChange={setNote} />
          <button type="submit" disabled={pending}>
            {pending ? t('common.saving') : t('applicants.saveStep')}
          </button>
        </form>
      )}
      {x.placement?.status === 'CONFIRMED' && (
        <form className="move-form" onSubmit={start} aria-label={t('applicants.startLabel', { name })} noValidate>
          <TextField label={t('applicants.startDate')} hint={t('applicants.startHint')} required name="startDate" type="date" value={startDate} onChange={setStartDate} />
          <button type="submit" disabled={pending}>
            {pending ? t('common.saving') : t('applicants.start')}
          </button>
        </form>
      )}
      {x.placement?.status === 'ACTIVE' && (
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            disabled={pending}
            onClick={() => void run(() => request(COMPLETE_PLACEMENT, { id: x.placement!.id, endDate: today() }), t('applicants.completed', { name }))}
          >
            {t('applicants.complete')}
          </button>
        </div>
      )}
      </FormErrorsProvider>
    </Card>
  );
}

/**
 * The answer-by date the form suggests: 14 days from today as the API's default, cut back to the last
 * day the assignment takes applications (the shared open rule), never before today. The API checks
 * whatever the company picks (ANSWER_BY_IN_PAST / ANSWER_BY_AFTER_CLOSE, shown beside the date).
 */
function suggestedAnswerBy(today: string, lastDay: string): string {
  const inTwoWeeks = addDays(today, 14);
  const capped = inTwoWeeks < lastDay ? inTwoWeeks : lastDay;
  return capped < today ? today : capped;
}
