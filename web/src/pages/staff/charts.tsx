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

/** One row of a chart's table: its label (the row's header), then one cell per column after the first. */
interface TableRow {
  key: string;
  label: ReactNode;
  cells: ReactNode[];
}

/** The frame of every chart: a card with a captioned figure, the chart hidden from screen readers, and its numbers as a table. */
function ChartFigure({ id, title, children, columns, rows, after }: { id: string; title: string; children: ReactNode; columns: ReactNode[]; rows: TableRow[]; after?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="card chart-card">
      <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>
          <h2>{title}</h2>
        </figcaption>
        <div aria-hidden="true">{children}</div>
        {after}
        <details>
          <summary>{t('dashboard.asTable', { title })}</summary>
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </div>
  );
}

/** Bars from left to right, one a row with its label beside it (a breakdown, the funnel). */
function HorizontalBars({ data, height, labelWidth, labelSize, name, fill }: { data: Array<{ label: string; count: number }>; height: number; labelWidth: number; labelSize?: number; name: string; fill: string }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#d5dae1" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b1f24' }} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={labelSize ? { fill: '#1b1f24', fontSize: labelSize } : { fill: '#1b1f24' }} interval={0} />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="count" name={name} fill={fill} />
      </BarChart>
    </ResponsiveContainer>
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
      columns={[t('dashboard.month'), t('dashboard.started'), t('dashboard.cumulative'), ...(previous ? [previousLabel] : [])]}
      rows={data.map((d) => ({
        key: d.month,
        label: d.month,
        cells: [
          formatNumber(d.count, lang),
          d.cumulative === null ? '—' : formatNumber(d.cumulative, lang),
          ...(previous ? [d.previous == null ? '—' : formatNumber(d.previous, lang)] : []),
        ],
      }))}
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
      columns={[title, t('dashboard.students')]}
      rows={sorted.map((r) => ({ key: r.key, label: r.label, cells: [formatNumber(r.count, lang)] }))}
    >
      {data.length === 0 ? (
        <p className="muted">{t('dashboard.noneYet')}</p>
      ) : (
        <HorizontalBars data={data} height={data.length * 30 + 40} labelWidth={180} labelSize={13} name={t('dashboard.students')} fill={NAVY} />
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
      columns={[t('dashboard.step'), t('dashboard.number'), t('dashboard.fromStepBefore')]}
      rows={steps.map((s) => ({ key: s.key, label: s.label, cells: [formatNumber(s.count, lang), s.rate ?? '—'] }))}
    >
      <HorizontalBars data={steps} height={200} labelWidth={150} name={t('dashboard.number')} fill={BLUE} />
    </ChartFigure>
  );
}
