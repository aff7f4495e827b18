import type { PeriodKind } from './counting';

/**
 * The goal per period: data, not logic (DESIGN.md §1). The default is the city's ramp toward 1,500
 * final-phase bachelor students a year by 2028. Academic years follow the same ramp, named by the
 * year they start in, until staff set their own figures (a later issue makes targets editable).
 */
export const DEFAULT_TARGETS: Record<PeriodKind, Readonly<Record<number, number>>> = {
  CALENDAR: { 2024: 600, 2025: 800, 2026: 1000, 2027: 1250, 2028: 1500 },
  ACADEMIC: { 2024: 600, 2025: 800, 2026: 1000, 2027: 1250, 2028: 1500 },
};

/** The target for a year; before the ramp its first figure, after it the last (the goal holds). */
export function targetFor(year: number, kind: PeriodKind = 'CALENDAR', targets = DEFAULT_TARGETS): number {
  const ramp = targets[kind];
  if (ramp[year] !== undefined) return ramp[year];
  const years = Object.keys(ramp).map(Number).sort((a, b) => a - b);
  return ramp[year < years[0] ? years[0] : years[years.length - 1]];
}
