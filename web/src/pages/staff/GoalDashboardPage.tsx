import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { CsvDownload } from '../../components/CsvDownload';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { ErrorSummary, FormErrorsProvider, useFormErrors } from '../../components/FormErrors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { Select } from '../../components/Select';
import { formatDate, formatNumber, periodName } from '../../format';
import { apiLanguage, currentLanguage } from '../../i18n';
import { BreakdownChart, FunnelChart, MonthlyChart } from './charts';
import { PROGRESS, PROGRESS_CSV, RESET_TARGET, SET_TARGET } from './queries';
import type { GoalProgressQuery, PeriodKind } from '../../api/__generated__/graphql';

type Progress = GoalProgressQuery['placementProgress'];

/** The academic year that runs now starts in September of this year or the one before. */
function currentPeriodYear(kind: PeriodKind): number {
  const now = new Date();
  return kind === 'ACADEMIC' && now.getMonth() < 8 ? now.getFullYear() - 1 : now.getFullYear();
}

/** The breakdowns of the placements counted, in the dashboard's order: each titled `dashboard.<key>`, its chart id the key in kebab case. */
const BREAKDOWNS = ['bySector', 'byMunicipality', 'byInstitution', 'byType', 'byLevel'] as const;
const chartId = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Staff: how far the region is toward its goal, whether that is on pace, and why. */
export default function GoalDashboardPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [period, setPeriod] = useState<PeriodKind>('CALENDAR');
  const [year, setYear] = useState(() => currentPeriodYear('CALENDAR'));
  const variables = { year, period, language: apiLanguage(lang) };
  const { data, error, loading, reload } = useQuery(PROGRESS, variables);
  const p = data?.placementProgress;
  const thisYear = currentPeriodYear(period);
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, 2028].filter((y, i, all) => all.indexOf(y) === i).sort();

  return (
    <>
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <p className="lead">{t('dashboard.lead')}</p>
      <div className="toolbar" role="group" aria-label={t('dashboard.choosePeriod')}>
        <fieldset className="choices inline period-kind">
          <legend>{t('dashboard.periodKind')}</legend>
          <ul>
            {(['CALENDAR', 'ACADEMIC'] as const).map((kind) => (
              <li key={kind}>
                <input
                  type="radio"
                  id={`period-${kind}`}
                  name="period"
                  checked={period === kind}
                  onChange={() => {
                    setPeriod(kind);
                    setYear(currentPeriodYear(kind));
                  }}
                />
                <label htmlFor={`period-${kind}`}>{t(`dashboard.period.${kind}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="field">
          <label htmlFor="year">{period === 'ACADEMIC' ? t('dashboard.academicYear') : t('dashboard.year')}</label>
          <Select id="year" value={year} options={years} label={(y) => (period === 'ACADEMIC' ? `${y}–${y + 1}` : String(y))} onChange={setYear} />
        </div>
        <ProgressCsv year={year} period={period} />
      </div>
      <ErrorMessage error={error} />
      {loading && !data && <Loading />}
      {p && (
        <div aria-busy={loading}>
          <ProgressCard p={p} />
          <div className="dashboard-grid">
            <section className="card" aria-labelledby="beside-title">
              <h2 id="beside-title">{t('dashboard.beside')}</h2>
              <p className="muted">{t('dashboard.besideHint')}</p>
              <dl className="facts two-col">
                <dt>{t('dashboard.adStudents')}</dt>
                <dd>{formatNumber(p.beside.adStudents, lang)}</dd>
                <dt>{t('dashboard.nonFinalPhase')}</dt>
                <dd>{formatNumber(p.beside.nonFinalPhaseStudents, lang)}</dd>
                <dt>{t('dashboard.cancelledAfterStart')}</dt>
                <dd>{formatNumber(p.beside.cancelledAfterStart, lang)}</dd>
              </dl>
            </section>
            <TargetForm p={p} onSaved={reload} />
          </div>
          <MonthlyChart months={p.monthly} asOf={p.asOf} previous={p.previousYear?.monthly} previousName={p.previousYear ? periodName(p.periodKind, p.previousYear.year) : undefined} />
          <div className="dashboard-grid">
            {BREAKDOWNS.map((key) => (
              <BreakdownChart key={key} id={chartId(key)} title={t(`dashboard.${key}`)} rows={p[key]} />
            ))}
            <FunnelChart funnel={p.funnel} />
          </div>
        </div>
      )}
    </>
  );
}

function ProgressCard({ p }: { p: Progress }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const percent = p.target > 0 ? Math.min(100, (p.count / p.target) * 100) : 0;
  const expectedPercent = p.target > 0 ? Math.min(100, (p.expectedByNow / p.target) * 100) : 0;
  const name = periodName(p.periodKind, p.year);
  return (
    <section aria-labelledby="progress" className="card progress-card">
      <h2 id="progress">{t('dashboard.progress', { year: name })}</h2>
      <p className="muted">{t('dashboard.periodDates', { from: formatDate(p.periodStart, lang), to: formatDate(p.periodEnd, lang) })}</p>
      <div className="progress-headline">
        <p className="big-number">
          <span data-testid="goal-count">{formatNumber(p.count, lang)}</span>
          <span className="of"> {t('dashboard.ofTarget', { target: formatNumber(p.target, lang) })}</span>
        </p>
        <p className={`pace pace-${p.pace.toLowerCase()}`} data-testid="pace">
          {t(`dashboard.pace.${p.pace}`)}
        </p>
      </div>
      <p>
        <Link to={`/staff/audit?year=${p.year}&period=${p.periodKind}`}>{t('dashboard.showPlacements')}</Link>
      </p>
      <div className="progress-track" role="img" aria-label={t('dashboard.barLabel', { percent: formatNumber(percent, lang, 1), expected: formatNumber(expectedPercent, lang, 1) })}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
        <div className="progress-expected" style={{ left: `${expectedPercent}%` }} />
      </div>
      <p className="legend-line">
        <span className="key key-count" aria-hidden="true" /> {t('dashboard.percent', { percent: formatNumber(percent, lang, 1) })}{' '}
        <span className="key key-expected" aria-hidden="true" /> {t('dashboard.expectedMarker')}
      </p>
      <dl className="facts stats">
        <div>
          <dt>{t('dashboard.expectedByNow', { date: formatDate(p.asOf, lang) })}</dt>
          <dd>{formatNumber(p.expectedByNow, lang)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.forecast')}</dt>
          <dd data-testid="forecast">
            {formatNumber(p.forecast.expected, lang)}{' '}
            <span className="muted">{t('dashboard.forecastRange', { low: formatNumber(p.forecast.low, lang), high: formatNumber(p.forecast.high, lang) })}</span>
            <br />
            <span className="muted" data-testid="forecast-error">
              {p.forecastBacktest.meanAbsolutePercentageError === null
                ? t('dashboard.forecastErrorUnknown')
                : t('dashboard.forecastError', { percent: formatNumber(p.forecastBacktest.meanAbsolutePercentageError, lang, 0) })}
            </span>
          </dd>
        </div>
        {p.previousYear && (
          <div>
            <dt>{t('dashboard.previous', { year: periodName(p.periodKind, p.previousYear.year) })}</dt>
            <dd>{t('dashboard.previousValue', { count: formatNumber(p.previousYear.count, lang), target: formatNumber(p.previousYear.target, lang) })}</dd>
          </div>
        )}
      </dl>
      {p.targetIsDefault && <p className="muted">{t('dashboard.defaultTarget')}</p>}
      <details>
        <summary>{t('dashboard.whatCounts')}</summary>
        <p>{t('dashboard.definition')}</p>
      </details>
      <details data-testid="how-computed">
        <summary>{t('dashboard.howComputed')}</summary>
        <ul>
          <li>{t('dashboard.howExpectedByNow')}</li>
          <li>{t('dashboard.howLow')}</li>
          <li>{t('dashboard.howExpected')}</li>
          <li>{t('dashboard.howHigh')}</li>
          <li>{t('dashboard.howBacktest')}</li>
        </ul>
      </details>
    </section>
  );
}

function TargetForm({ p, onSaved }: { p: Progress; onSaved(): void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(String(p.target));
  const [saved, setSaved] = useState(false);
  const [wasReset, setWasReset] = useState(false);
  const save = useMutation(SET_TARGET);
  const reset = useMutation(RESET_TARGET);
  const lang = currentLanguage();
  const errors = useFormErrors();
  // show is stable (useCallback); the whole errors object changes with every error shown.
  const { show: showErrors } = errors;
  useEffect(() => showErrors(save.error ?? reset.error), [save.error, reset.error, showErrors]);
  useEffect(() => {
    setTarget(String(p.target));
  }, [p.target, p.year, p.periodKind]);
  const name = periodName(p.periodKind, p.year);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setWasReset(false);
    if (!errors.checkRequired({ target })) return;
    if (await save.run({ year: p.year, period: p.periodKind, target: Number(target) })) {
      setSaved(true);
      onSaved();
    }
  };
  const backToDefault = async () => {
    setSaved(false);
    setWasReset(false);
    if (await reset.run({ year: p.year, period: p.periodKind })) {
      setWasReset(true);
      onSaved();
    }
  };
  const amount = (n: number, isDefault: boolean) => (isDefault ? t('dashboard.defaultAmount', { target: formatNumber(n, lang) }) : formatNumber(n, lang));
  return (
    <section className="card" aria-labelledby="target-title">
      <h2 id="target-title">{t('dashboard.setTarget', { year: name })}</h2>
      <FormErrorsProvider value={errors}>
      <form onSubmit={submit} className="form" noValidate>
        <ErrorSummary />
        <Field label={t('dashboard.targetLabel')} hint={t('dashboard.targetHint')} required name="target">
          {(props) => <input {...props} type="number" min={1} max={100000} required value={target} onChange={(e) => setTarget(e.target.value)} />}
        </Field>
        <ErrorMessage error={errors.otherError} />
        {saved && <Notice>{t('dashboard.targetSaved', { year: name, target })}</Notice>}
        {wasReset && <Notice>{t('dashboard.targetWasReset', { year: name })}</Notice>}
        <button type="submit" disabled={save.pending}>
          {save.pending ? t('common.saving') : t('dashboard.saveTarget')}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={backToDefault} disabled={p.targetIsDefault || reset.pending}>
          {t('dashboard.resetTarget')}
        </button>
      </form>
      </FormErrorsProvider>
      <h3>{t('dashboard.targetHistory')}</h3>
      {p.targetHistory.length === 0 ? (
        <p className="muted">{t('dashboard.targetHistoryEmpty')}</p>
      ) : (
        <ol data-testid="target-history">
          {[...p.targetHistory].reverse().map((c) => (
            <li key={`${c.at}-${c.by}`}>
              {t('dashboard.targetChange', { at: formatDate(c.at.slice(0, 10), lang), by: c.by, from: amount(c.from, c.fromDefault), to: amount(c.to, c.toDefault) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ProgressCsv({ year, period }: { year: number; period: PeriodKind }) {
  const { t } = useTranslation();
  const language = apiLanguage();
  const load = async () => (await request(PROGRESS_CSV, { year, period, language })).placementProgressCsv;
  return <CsvDownload load={load} fileName={t('dashboard.csvFile', { year: period === 'ACADEMIC' ? `${year}-${year + 1}` : year })} label={t('dashboard.csv')} />;
}
