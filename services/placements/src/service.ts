import { subgraphTypeDefs } from '@cb/contracts';
import { logger, type ServiceDefinition, type Store } from '@cb/kit';
import { ApplicationUseCases } from './app/applications';
import { ApplicationPass } from './app/application-pass';
import { OFFER_EXPIRY, scheduleOfferExpiry } from './app/offer-expiry';
import { ApplicationLimits } from './app/application-limits';
import { openData, systemClock, type Clock } from './app/data';
import { StudentErasure } from './app/erasure';
import { PlacementUseCases } from './app/placements';
import { MOTIVATION_RETENTION, scheduleMotivationRetention } from './app/retention';
import { placementSubscriptions } from './events/subscriptions';
import { placementResolvers } from './graphql/resolvers';
import { ProgressAuditUseCase } from './progress/app/audit';
import { openProgressData, type PlacementRecords } from './progress/app/data';
import { ProgressUseCases } from './progress/app/progress';
import { ProgressProjection } from './progress/app/projection';
import { placementEventsInTheRequest, progressSubscriptions } from './progress/events/subscriptions';
import { progressCsvRouter } from './progress/http/csv-routes';

export interface ComposeOptions {
  clock?: Clock;
  /**
   * The read-your-writes shortcut (the default): placement events also reach the progress read
   * model in the request that wrote them, not only when the bus delivers them. Tests of the event
   * path turn it off.
   */
  readYourWrites?: boolean;
  /** Applications a student may have open at once (unlimited when left out). */
  maxOpenApplications?: number;
}

/**
 * The service's two bounded contexts on one store, wired here and nowhere else:
 * - placements (app/, domain/, events/): applications and placements, the workflow and capacity;
 * - progress (progress/): the goal's read model, targets, the audit list and the CSV, fed by the
 *   placements context's events and reading its records only through `PlacementRecords`.
 */
export function composePlacements(store: Store, { clock = systemClock, readYourWrites = true, maxOpenApplications }: ComposeOptions = {}) {
  const records: PlacementRecords = openData(store);
  const progressData = openProgressData(store);
  const projection = new ProgressProjection(progressData, records);
  // Read-your-writes, the one side path between the contexts: see placementEventsInTheRequest.
  const data = openData(store, readYourWrites ? placementEventsInTheRequest(projection) : undefined);
  return {
    data,
    progressData,
    projection,
    applications: new ApplicationUseCases(data, clock, maxOpenApplications),
    placements: new PlacementUseCases(data, clock),
    progress: new ProgressUseCases(progressData, projection, clock),
    audit: new ProgressAuditUseCase(records, clock),
    offerExpiry: new ApplicationPass(data, clock, OFFER_EXPIRY),
    motivationRetention: new ApplicationPass(data, clock, MOTIVATION_RETENTION),
    /**
     * The applications and placements use cases on this same object graph with another clock (the
     * demo seed replays its plan at the plan's moments), with no limit on open applications.
     */
    withClock: (other: Clock) => ({ applications: new ApplicationUseCases(data, other), placements: new PlacementUseCases(data, other) }),
    subscriptions: { ...placementSubscriptions(data, new StudentErasure(data, clock)), ...progressSubscriptions(projection) },
  };
}

/** What the composition root hands a driver in the same process (the demo seed). */
export type PlacementsUseCases = Pick<ReturnType<typeof composePlacements>, 'withClock'>;

/** Placements: applications and placements (workflow, capacity) and progress toward the goal. */
export const placementsService: ServiceDefinition<PlacementsUseCases> = {
  name: 'placements',
  typeDefs: subgraphTypeDefs('placements'),
  async compose({ store, runtime, tokens, revocations }) {
    const offset = runtime.env.CB_CLOCK_OFFSET_MS;
    const clock: Clock = offset === 0 ? systemClock : () => new Date(Date.now() + offset);
    const parts = composePlacements(store, { clock, maxOpenApplications: runtime.limits.openApplications });
    const applicationLimits = new ApplicationLimits(await runtime.openRateLimits('placements'), runtime.limits);
    let expiry: { stop(): Promise<void> } | undefined;
    let retention: { stop(): Promise<void> } | undefined;
    return {
      resolvers: placementResolvers({ ...parts, applicationLimits }),
      subscriptions: parts.subscriptions,
      useCases: { withClock: parts.withClock },
      routes: progressCsvRouter({ tokens, revocations, progress: parts.progress, audit: parts.audit }),
      async beforeConsuming() {
        if (await parts.projection.rebuildIfEmpty()) logger.info({ service: 'placements' }, 'built the progress read model from the stored placements');
        expiry = scheduleOfferExpiry(parts.offerExpiry, runtime.env.CB_OFFER_EXPIRY_INTERVAL_MS);
        retention = scheduleMotivationRetention(parts.motivationRetention, runtime.env.CB_RETENTION_INTERVAL_MS);
      },
      async stop() {
        await expiry?.stop();
        await retention?.stop();
      },
    };
  },
};
