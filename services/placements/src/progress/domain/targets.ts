import { z } from 'zod';
import type { Doc } from '@cb/kit/core';
import { periodKey, type GoalPeriod, type PeriodKind } from '../../domain/periods';

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
  /** Null once staff put the period back on the default ramp (the document stays for its history). */
  target: number | null;
  setAt: string;
  /** The staff account that set it. */
  setBy: string;
  /**
   * Every change, oldest first. Kept in the same document as the target, so a change and its record
   * are one write (the store has no multi-document transactions). Absent on targets set before it
   * was kept; `historyOf` then starts with that setting.
   */
  history?: TargetChange[];
}

/** One change of a period's target: who (a staff account id), when, from what to what. */
export interface TargetChange {
  at: string;
  by: string;
  from: number;
  fromDefault: boolean;
  to: number;
  toDefault: boolean;
}

/** The recorded changes of a target, oldest first. */
export function historyOf(period: GoalPeriod, stored: StoredTarget | undefined): TargetChange[] {
  if (!stored) return [];
  if (stored.history) return stored.history;
  const ramp = targetFor(period.year, period.kind);
  return stored.target === null ? [] : [{ at: stored.setAt, by: stored.setBy, from: ramp, fromDefault: true, to: stored.target, toDefault: false }];
}

/** The stored target after staff set it to `to`, or with null put it back on the default ramp; the change recorded. */
export function changedTarget(period: GoalPeriod, stored: StoredTarget | undefined, to: number | null, by: string, at: string): StoredTarget {
  const before = targetOf(period, stored);
  const after = to === null ? { target: targetFor(period.year, period.kind), isDefault: true } : { target: to, isDefault: false };
  const change: TargetChange = { at, by, from: before.target, fromDefault: before.isDefault, to: after.target, toDefault: after.isDefault };
  return { id: targetId(period), kind: period.kind, year: period.year, target: to, setAt: at, setBy: by, history: [...historyOf(period, stored), change], version: stored?.version };
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
  return stored && stored.target !== null ? { target: stored.target, isDefault: false } : { target: targetFor(period.year, period.kind), isDefault: true };
}

export const targetId = periodKey;
