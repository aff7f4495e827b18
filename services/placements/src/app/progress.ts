import { z } from 'zod';
import { parseInput, requireRole, type Viewer } from '@cb/kit';
import { amsterdamYear } from '../domain/calendar';
import { countTowardGoal } from '../domain/counting';
import { targetFor } from '../domain/targets';
import { systemClock, type Clock, type PlacementsData } from './data';

export interface Progress {
  year: number;
  target: number;
  count: number;
}

const yearInput = z.number().int().min(2000, 'must be 2000 to 2100').max(2100, 'must be 2000 to 2100');

/** Staff's view of the goal (DESIGN.md §1). The counting rule itself lives in domain/counting.ts. */
export class ProgressUseCases {
  constructor(
    private readonly data: PlacementsData,
    private readonly clock: Clock = systemClock,
  ) {}

  /** A calendar year, by default the current one in Amsterdam. */
  async progress(viewer: Viewer | undefined, rawYear?: number | null): Promise<Progress> {
    requireRole(viewer, 'STAFF');
    const year = parseInput(yearInput, rawYear ?? amsterdamYear(this.clock()), 'year');
    // Only placements that started can count; a confirmed one that has not is the forecast.
    const started = await this.data.placements.find({ status: { in: ['ACTIVE', 'COMPLETED', 'CANCELLED'] } });
    const { count } = countTowardGoal(started, { kind: 'CALENDAR', year });
    return { year, target: targetFor(year, 'CALENDAR'), count };
  }
}
