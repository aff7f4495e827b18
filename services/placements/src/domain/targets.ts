import { z } from 'zod';
import type { Doc } from '@cb/kit';
import { periodKey, type GoalPeriod, type PeriodKind } from './periods';

/**
 * The goal per period: data, not logic (DESIGN.md §1). Staff set a target per period kind and year
 * (setPlacementTarget); where none is stored, the city's ramp toward 1,500 final-phase bachelor
 * students a year by 2028 applies. Academic years follow the same ramp, named by the year they
 * start in, until staff set their own figures.
 */
export const DEFAULT_TARGETS: Record<PeriodKind, Readonly<Record<number, number>>> = {
  CALENDAR: { 2024: 600, 2025: 800, 2026: 1000, 2027: 1250, 2028: 1500 },
  ACADEMIC: { 2024: 600, 2025: 800, 2026: 1000, 2027: 1250, 2028: 1500 },
};

/** The default ramp's target for a year; before the ramp its first figure, after it the last (the goal holds). */
export function targetFor(year: number, kind: PeriodKind = 'CALENDAR', targets = DEFAULT_TARGETS): number {
  const ramp = targets[kind];
  if (ramp[year] !== undefined) return ramp[year];
  const years = Object.keys(ramp).map(Number).sort((a, b) => a - b);
  return ramp[year < years[0] ? years[0] : years[years.length - 1]];
}

/** A target staff set for one period; its id is the period's key (`CALENDAR:2027`). */
export interface StoredTarget extends Doc {
  kind: PeriodKind;
  year: number;
  target: number;
  setAt: string;
  /** The staff account that set it. */
  setBy: string;
}

export const TARGETS = { name: 'targets' };

export const MIN_TARGET = 1;
export const MAX_TARGET = 100_000;

export const targetInput = z
  .number()
  .int('must be a whole number of students')
  .min(MIN_TARGET, `must be ${MIN_TARGET} to ${MAX_TARGET}`)
  .max(MAX_TARGET, `must be ${MIN_TARGET} to ${MAX_TARGET}`);

/** The target in force for a period: the stored one, else the default ramp. */
export function targetOf(period: GoalPeriod, stored: StoredTarget | undefined): { target: number; isDefault: boolean } {
  return stored ? { target: stored.target, isDefault: false } : { target: targetFor(period.year, period.kind), isDefault: true };
}

export const targetId = periodKey;
