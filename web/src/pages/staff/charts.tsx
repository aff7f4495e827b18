/**
 * The dashboard's charts (recharts; this module is only in the staff chunk). Every chart is a
 * figure with a caption and the same numbers as a table, for screen readers and for reading off
 * exact values. Colours keep 3:1 contrast against white (WCAG 1.4.11); no animation (WCAG 2.3.3).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../format';
import { currentLanguage } from '../../i18n';
import type { GoalProgressQuery } from '../../api/__generated__/graphql';

const NAVY = '#0b3d6e';
const BLUE = '#2f6fb5';
const GREY = '#6b7785';

type Progress = GoalProgressQuery['placementProgress'];
type Row = Progress['bySector'][number];
type Month = Progress['monthly'][number];
type Funnel = Progress['funnel'];

function ChartFigure({ id, title, children, table, after }: { id: string; title: string; children: ReactNode; table: ReactNode; after?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <h2>{title}</h2>
      </figcaption>
      <div aria-hidden="true">{children}</div>
      {after}
      <details>
        <summary>{t('dashboard.asTable', { title })}</summary>
        {table}
      </details>
    </figure>
  );
}

function monthName(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 15)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', timeZone: 'UTC' });
}

/**
 * `asOf` (the server's today in Amsterdam) ends the running total: a future month has no total yet,
 * so the line stops there instead of running flat. `previousName` names the period before by its kind
 * ("2024–2025" for an academic year).
 */
export function MonthlyChart({ months, asOf, previous, previousName }: { months: Month[]; asOf: string; previous?: Month[]; previousName?: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const thisMonth = asOf.slice(0, 7);
  const data = months.map((m, i) => ({
    name: monthName(m.month, lang),
    month: m.month,
    count: m.count,
    cumulative: m.month <= thisMonth ? m.cumulative : null,
    previous: previous?.[i]?.cumulative,
  }));
  const previousLabel = t('dashboard.cumulativeIn', { year: previousName ?? '' });
  return (
    <ChartFigure
      id="monthly"
      title={t('dashboard.monthly')}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.month')}</th>
              <th scope="col">{t('dashboard.started')}</th>
              <th scope="col">{t('dashboard.cumulative')}</th>
              {previous && <th scope="col">{previousLabel}</th>}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}>
                <th scope="row">{d.month}</th>
                <td>{formatNumber(d.count, lang)}</td>
                <td>{d.cumulative === null ? '—' : formatNumber(d.cumulative, lang)}</td>
                {previous && <td>{d.previous == null ? '—' : formatNumber(d.previous, lang)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dae1" vertical={false} />
          <XAxis dataKey="name" tick={{ fill: '#1b1f24' }} />
          <YAxis allowDecimals={false} tick={{ fill: '#1b1f24' }} />
          <Tooltip />
          <Legend />
          <Bar isAnimationActive={false} dataKey="count" name={t('dashboard.started')} fill={NAVY} />
          <Line isAnimationActive={false} dataKey="cumulative" name={t('dashboard.cumulative')} stroke={BLUE} strokeWidth={3} dot={false} />
          {previous && <Line isAnimationActive={false} dataKey="previous" name={previousLabel} stroke={GREY} strokeWidth={2} strokeDasharray="6 4" dot={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

const MAX_ROWS = 10;

export function BreakdownChart({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  const shown = sorted.slice(0, MAX_ROWS);
  const rest = sorted.slice(MAX_ROWS).reduce((n, r) => n + r.count, 0);
  const data = rest ? [...shown, { key: 'other', label: t('dashboard.other'), count: rest }] : shown;
  return (
    <ChartFigure
      id={id}
      title={title}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{t('dashboard.students')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.count, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {data.length === 0 ? (
        <p className="muted">{t('dashboard.noneYet')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={data.length * 30 + 40}>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#d5dae1" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b1f24' }} />
            <YAxis type="category" dataKey="label" width={180} tick={{ fill: '#1b1f24', fontSize: 13 }} interval={0} />
            <Tooltip />
            <Bar isAnimationActive={false} dataKey="count" name={t('dashboard.students')} fill={NAVY} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const pct = (v: number | null) => (v == null ? '—' : `${formatNumber(v * 100, lang, 1)}%`);
  const steps = [
    { key: 'applications', label: t('dashboard.funnelSteps.applications'), count: funnel.applications, rate: null as string | null },
    { key: 'offers', label: t('dashboard.funnelSteps.offers'), count: funnel.offers, rate: pct(funnel.applicationToOffer) },
    { key: 'placements', label: t('dashboard.funnelSteps.placements'), count: funnel.placements, rate: pct(funnel.offerToPlacement) },
    { key: 'completed', label: t('dashboard.funnelSteps.completed'), count: funnel.completed, rate: pct(funnel.placementToCompleted) },
  ];
  return (
    <ChartFigure
      id="funnel"
      title={t('dashboard.funnel')}
      after={
        <>
          <ul className="funnel-rates">
            {steps.slice(1).map((s) => (
              <li key={s.key}>{t('dashboard.conversion', { step: s.label, rate: s.rate })}</li>
            ))}
          </ul>
          <p className="muted" data-testid="funnel-not-count">{t('dashboard.funnelNotCount')}</p>
        </>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.step')}</th>
              <th scope="col">{t('dashboard.number')}</th>
              <th scope="col">{t('dashboard.fromStepBefore')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.label}</th>
                <td>{formatNumber(s.count, lang)}</td>
                <td>{s.rate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={steps} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dae1" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b1f24' }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1b1f24' }} interval={0} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="count" name={t('dashboard.number')} fill={BLUE} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
