import type { DocumentNode } from 'graphql';
import type { TokenService } from './auth/tokens';
import type { EventBus } from './bus/port';
import { consume, type Subscriptions } from './events/consumer';
import { startOutboxRelay } from './events/outbox-relay';
import { startSubgraph, type Resolvers, type RunningSubgraph } from './graphql/subgraph';
import type { Runtime } from './runtime';
import type { Store } from './store/port';
import { TokenRevocations } from './auth/revocations';

export type ServiceName = 'students' | 'companies' | 'placements' | 'search';

export interface ServiceDeps {
  store: Store;
  bus: EventBus;
  tokens: TokenService;
  runtime: Runtime;
  /** This service's list of accounts whose tokens no longer count. */
  revocations: TokenRevocations;
}

/** What a service's composition root returns: its resolvers and the events it listens to. */
export interface ServiceParts {
  resolvers: Resolvers;
  subscriptions: Subscriptions;
  /** Runs before the consumer starts, e.g. to decide whether a projection must be rebuilt. */
  beforeConsuming?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface ServiceDefinition {
  name: ServiceName;
  typeDefs: DocumentNode;
  compose(deps: ServiceDeps): Promise<ServiceParts>;
}

export interface RunningService extends RunningSubgraph {
  store: Store;
  /** Relays whatever is in the outbox now (tests use it to avoid waiting for the poll). */
  flushOutbox(): Promise<void>;
}

/** Runs one service: its store, its outbox relay, its event consumer and its subgraph. */
export async function hostService(
  definition: ServiceDefinition,
  runtime: Runtime,
  listenOn: { host: string; port: number },
): Promise<RunningService> {
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
    revocations,
    ...listenOn,
  });
  return {
    ...subgraph,
    store,
    flushOutbox: () => relay.flush(),
    async stop() {
      await subgraph.stop();
      await consumer.stop();
      await relay.stop();
      await parts.stop?.();
    },
  };
}
