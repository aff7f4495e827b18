import type { Collection, Store } from '@cb/kit';
import type { Application } from '../../domain/application';
import type { Placement } from '../../domain/placement';
import {
  FUNNEL_ENTRIES,
  GOAL_ENTRIES,
  MONTH_STARTS,
  PERIOD_FIGURES,
  type FunnelEntry,
  type GoalEntry,
  type MonthStarts,
  type StoredPeriodFigures,
} from '../domain/progress';
import { TARGETS, type StoredTarget } from '../domain/targets';

/**
 * The progress context's own collections: the read model its events keep (entries, months, period
 * figures) and the targets staff set. Nothing outside progress/ writes them.
 */
export interface ProgressData {
  goalEntries: Collection<GoalEntry>;
  funnelEntries: Collection<FunnelEntry>;
  monthStarts: Collection<MonthStarts>;
  periodFigures: Collection<StoredPeriodFigures>;
  targets: Collection<StoredTarget>;
}

/**
 * What progress reads of the placements context's records, and never writes: the facts a placement
 * event does not carry and that never change after the fact (the confirmation snapshot, the planned
 * start, the day the application was submitted), the whole set for a rebuild, and the audit list.
 */
export interface PlacementRecords {
  placements: Pick<Collection<Placement>, 'get' | 'find'>;
  applications: Pick<Collection<Application>, 'get' | 'find' | 'count'>;
}

export function openProgressData(store: Store): ProgressData {
  return {
    goalEntries: store.collection<GoalEntry>(GOAL_ENTRIES),
    funnelEntries: store.collection<FunnelEntry>(FUNNEL_ENTRIES),
    monthStarts: store.collection<MonthStarts>(MONTH_STARTS),
    periodFigures: store.collection<StoredPeriodFigures>(PERIOD_FIGURES),
    targets: store.collection<StoredTarget>(TARGETS),
  };
}
