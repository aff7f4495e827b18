import type { Router } from 'express';
import type { DocumentNode } from 'graphql';
import type { TokenService } from './auth/tokens';
import type { EventBus } from './bus/port';
import { DEAD_LETTER_TOPIC, consume, type Subscriptions } from './events/consumer';
import { startOutboxRelay } from './events/outbox-relay';
import { limitsFromEnv } from './graphql/limits';
import { startSubgraph, type Resolvers, type RunningSubgraph } from './graphql/subgraph';
import { introspectionEnabled } from './config';
import { addReadinessCheck } from './observability/health';
import { watchService } from './observability/metrics';
import type { Runtime } from './runtime';
import type { Store } from './store/port';
import { TokenRevocations } from './auth/revocations';

export type ServiceName = 'students' | 'companies' | 'placements' | 'search' | 'notifications';

export interface ServiceDeps {
  store: Store;
  bus: EventBus;
  tokens: TokenService;
  runtime: Runtime;
  /** This service's list of accounts whose tokens no longer count. */
  revocations: TokenRevocations;
}

/** What a service's composition root returns: its resolvers and the events it listens to. */
export interface ServiceParts<UseCases = unknown> {
  resolvers: Resolvers;
  subscriptions: Subscriptions;
  /** Plain HTTP routes the service serves beside its /graphql (e.g. a download), in every profile. */
  routes?: Router;
  /**
   * The use cases the root composed, for a driver in the same process (the embedded profile's demo
   * seed): it then works on the one object graph of the service, never on its store.
   */
  useCases?: UseCases;
  /** Runs before the consumer starts, e.g. to decide whether a projection must be rebuilt. */
  beforeConsuming?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface ServiceDefinition<UseCases = unknown> {
  name: ServiceName;
  typeDefs: DocumentNode;
  compose(deps: ServiceDeps): Promise<ServiceParts<UseCases>>;
}

export interface RunningService<UseCases = unknown> extends RunningSubgraph {
  store: Store;
  /** ServiceParts.useCases, as composed. */
  useCases: UseCases | undefined;
  /** Relays whatever is in the outbox now (tests use it to avoid waiting for the poll). */
  flushOutbox(): Promise<void>;
}

/**
 * Runs one service: its store, its outbox relay, its event consumer and its subgraph, and
 * registers what /readyz checks and /metrics reports for it.
 */
export async function hostService<UseCases>(
  definition: ServiceDefinition<UseCases>,
  runtime: Runtime,
  listenOn: { host: string; port: number },
): Promise<RunningService<UseCases>> {
  const store = await runtime.openStore(definition.name);
  const revocations = new TokenRevocations(store);
  const parts = await definition.compose({ store, bus: runtime.bus, tokens: runtime.tokens, runtime, revocations });
  const relay = startOutboxRelay(store, runtime.bus, definition.name);
  await parts.beforeConsuming?.();
  // Every service, whatever else it does on erasure, stops accepting the erased student's tokens.
  const consumer = await consume(runtime.bus, store, definition.name, revocations.withErasure(parts.subscriptions));
  const subgraph = await startSubgraph({
    name: definition.name,
    typeDefs: definition.typeDefs,
    resolvers: parts.resolvers,
    tokens: runtime.tokens,
    internalKey: runtime.internalKey,
    limits: limitsFromEnv(runtime.env),
    introspection: introspectionEnabled(runtime.env),
    revocations,
    routes: parts.routes,
    ...listenOn,
  });
  const unwatch = watchService({ service: definition.name, store, bus: runtime.bus, groupId: consumer.groupId, topics: consumer.topics });
  // The bus probe asks the broker for the group's lag; a service that reads nothing asks about
  // the dead-letter topic, which every bus has, so that "bus connected" is still checked.
  const probeTopics = consumer.topics.length > 0 ? consumer.topics : [DEAD_LETTER_TOPIC];
  const checks = [
    addReadinessCheck(`${definition.name}.store`, async () => void (await store.outboxBacklog())),
    addReadinessCheck(`${definition.name}.bus`, async () => void (await runtime.bus.lag(consumer.groupId, probeTopics))),
    addReadinessCheck(`${definition.name}.consumer`, () => {
      if (!consumer.running) throw new Error('the event consumer is not running');
    }),
  ];
  return {
    ...subgraph,
    store,
    useCases: parts.useCases,
    flushOutbox: () => relay.flush(),
    async stop() {
      checks.forEach((remove) => remove());
      unwatch();
      await subgraph.stop();
      await consumer.stop();
      await relay.stop();
      await parts.stop?.();
    },
  };
}
