import { stringify } from 'csv-stringify/sync';
import { monthLabel, paceLabel, periodLabel, pickLabel, type Label, type Language } from '../domain/labels';
import type { Breakdown, Progress } from '../domain/report';

/**
 * The progress figures as CSV for a spreadsheet: aggregates only, never a student. Dutch opens in a
 * Dutch Excel as is: `;` between fields (the comma is the decimal sign there), decimal commas, UTF-8
 * with a byte-order mark (without it Excel reads the file as Windows-1252). English uses `,` and
 * decimal points; it gets the BOM too, for the same reason. One row per figure, the period asked
 * for beside the period before, so a chart or a pivot table needs no reshaping.
 */
export function progressCsv(current: Progress, previous: Progress | null, language: Language): string {
  const t = (label: Label) => pickLabel(label, language);
  const number = NUMBER[language];
  const value = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : typeof v === 'number' ? number.format(v) : v);
  const rows: string[][] = [];
  const row = (section: Label, key: string, label: string, now: number | string | null, before?: number | string | null) =>
    rows.push([t(section), key, label, value(now), value(before)]);

  for (const [key, label] of Object.entries(SUMMARY)) {
    const pick = (p: Progress | null) => (p ? summaryValue(p, key as keyof typeof SUMMARY, language) : null);
    row(SECTIONS.summary, key, t(label), pick(current), pick(previous));
  }
  for (const [key, label] of Object.entries(BESIDE)) {
    const k = key as keyof Progress['beside'];
    row(SECTIONS.beside, key, t(label), current.beside[k], previous?.beside[k]);
  }
  for (const dimension of ['bySector', 'byMunicipality', 'byInstitution', 'byType', 'byLevel'] as const) {
    for (const b of mergeBreakdowns(current[dimension], previous?.[dimension] ?? [])) {
      row(SECTIONS[dimension], b.key, b.label, b.count, b.previous);
    }
  }
  current.monthly.forEach((m, i) => {
    const label = monthLabel(m.month, language).replace(/\s*\d{4}$/, '');
    row(SECTIONS.monthly, m.month, label, m.count, previous?.monthly[i]?.count);
  });
  current.monthly.forEach((m, i) => {
    const label = monthLabel(m.month, language).replace(/\s*\d{4}$/, '');
    row(SECTIONS.cumulative, m.month, label, m.cumulative, previous?.monthly[i]?.cumulative);
  });
  for (const [key, label] of Object.entries(FUNNEL)) {
    const k = key as keyof Progress['funnel'];
    row(SECTIONS.funnel, key, t(label), current.funnel[k], previous?.funnel[k]);
  }

  const header = [...HEADER[language], periodLabel(current.periodKind, current.year, language)];
  header.push(previous ? periodLabel(previous.periodKind, previous.year, language) : t({ nl: 'Vorige periode', en: 'Previous period' }));
  return stringify([header, ...rows], { delimiter: language === 'NL' ? ';' : ',', bom: true, record_delimiter: 'windows' });
}

const NUMBER: Record<Language, Intl.NumberFormat> = {
  NL: new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 4 }),
  EN: new Intl.NumberFormat('en-GB', { useGrouping: false, maximumFractionDigits: 4 }),
};

const HEADER: Record<Language, string[]> = {
  NL: ['Onderdeel', 'Sleutel', 'Omschrijving'],
  EN: ['Section', 'Key', 'Label'],
};

const SECTIONS = {
  summary: { nl: 'Samenvatting', en: 'Summary' },
  beside: { nl: 'Naast de telling', en: 'Beside the count' },
  bySector: { nl: 'Per sector', en: 'By sector' },
  byMunicipality: { nl: 'Per gemeente', en: 'By municipality' },
  byInstitution: { nl: 'Per onderwijsinstelling', en: 'By institution' },
  byType: { nl: 'Per soort opdracht', en: 'By assignment type' },
  byLevel: { nl: 'Per opleidingsniveau en studiejaar', en: 'By study level and year' },
  monthly: { nl: 'Gestart per maand', en: 'Started by month' },
  cumulative: { nl: 'Cumulatief per maand', en: 'Cumulative by month' },
  funnel: { nl: 'Trechter (sollicitaties ingediend in de periode)', en: 'Funnel (applications submitted in the period)' },
} satisfies Record<string, Label>;

const SUMMARY = {
  periodStart: { nl: 'Begin van de periode', en: 'Start of the period' },
  periodEnd: { nl: 'Einde van de periode', en: 'End of the period' },
  asOf: { nl: 'Stand per', en: 'As of' },
  target: { nl: 'Doel', en: 'Target' },
  count: { nl: 'Bachelorstudenten in de laatste fase met een gestarte plaatsing in de regio', en: 'Final-phase bachelor students with a placement in the region that started' },
  expectedByNow: { nl: 'Verwacht op deze datum', en: 'Expected by now' },
  pace: { nl: 'Tempo', en: 'Pace' },
  forecastLow: { nl: 'Prognose einde periode (laag)', en: 'Forecast end of period (low)' },
  forecastExpected: { nl: 'Prognose einde periode (verwacht)', en: 'Forecast end of period (expected)' },
  forecastHigh: { nl: 'Prognose einde periode (hoog)', en: 'Forecast end of period (high)' },
} satisfies Record<string, Label>;

function summaryValue(p: Progress, key: keyof typeof SUMMARY, language: Language): string | number {
  switch (key) {
    case 'pace':
      return paceLabel(p.pace, language);
    case 'forecastLow':
      return p.forecast.low;
    case 'forecastExpected':
      return p.forecast.expected;
    case 'forecastHigh':
      return p.forecast.high;
    default:
      return p[key];
  }
}

const BESIDE = {
  adStudents: { nl: 'Associate Degree-studenten (niet in de telling)', en: 'Associate Degree students (not in the count)' },
  nonFinalPhaseStudents: { nl: 'Bachelorstudenten vóór de laatste fase (niet in de telling)', en: 'Bachelor students before the final phase (not in the count)' },
  cancelledAfterStart: { nl: 'Na de start geannuleerd (wel in de telling)', en: 'Cancelled after the start (still in the count)' },
} satisfies Record<keyof Progress['beside'], Label>;

const FUNNEL = {
  applications: { nl: 'Sollicitaties', en: 'Applications' },
  offers: { nl: 'Aanbiedingen', en: 'Offers' },
  placements: { nl: 'Plaatsingen', en: 'Placements' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  applicationToOffer: { nl: 'Van sollicitatie naar aanbod', en: 'Application to offer' },
  offerToPlacement: { nl: 'Van aanbod naar plaatsing', en: 'Offer to placement' },
  placementToCompleted: { nl: 'Van plaatsing naar afgerond', en: 'Placement to completed' },
} satisfies Record<keyof Progress['funnel'], Label>;

/** This period's rows in its order, then keys only the period before had. */
function mergeBreakdowns(now: readonly Breakdown[], before: readonly Breakdown[]): Array<Breakdown & { previous: number }> {
  const previous = new Map(before.map((b) => [b.key, b]));
  const rows = now.map((b) => ({ ...b, previous: previous.get(b.key)?.count ?? 0 }));
  const seen = new Set(now.map((b) => b.key));
  for (const b of before) if (!seen.has(b.key)) rows.push({ ...b, count: 0, previous: b.count });
  return rows;
}
