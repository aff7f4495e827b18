import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EventBus } from '../bus/port';
import type { Store } from '../store/port';

/**
 * The process's one metrics registry, served on /metrics by every HTTP server of the process
 * (in the embedded profile the one process answers for all its services). Label values are
 * bounded: service and group names are ours, operation names are capped (see operationLabel).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const graphqlOperationDuration = new Histogram({
  name: 'cb_graphql_operation_duration_seconds',
  help: 'GraphQL operations served, by server (gateway or subgraph), operation name and outcome; the _count is the request rate.',
  labelNames: ['server', 'operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** A counter in the process's registry. */
const counter = <L extends string>(name: string, help: string, labelNames: readonly L[] = []) => new Counter<L>({ name, help, labelNames, registers: [registry] });

export const eventsDeadLettered = counter(
  'cb_events_dead_lettered_total',
  'Events a consumer could never handle (not a valid event) and moved to the dead-letter topic.',
  ['group'],
);

export const eventsHandled = counter('cb_events_handled_total', 'Events a consumer acted on (duplicates and events of other types not counted).', ['group', 'type']);

export const eventHandlerFailures = counter(
  'cb_event_handler_failures_total',
  'Handler attempts that threw; the bus retries them, so a rising count means an event is stuck.',
  ['group'],
);

export const signInFailures = counter('cb_sign_in_failures_total', 'Sign-ins refused because the e-mail address or password was not right.');

/** What the gauges below read at scrape time: each hosted service registers itself while it runs. */
interface Watched {
  service: string;
  store: Store;
  bus: EventBus;
  groupId: string;
  topics: string[];
}
const watched = new Set<Watched>();

export function watchService(w: Watched): () => void {
  watched.add(w);
  return () => void watched.delete(w);
}

/** A scrape must answer even when the store or broker hangs; a value that can't be had is left out. */
const SCRAPE_TIMEOUT_MS = 2000;

/**
 * A gauge read from every watched service at scrape time. `read` names the service's label value
 * and how to ask for its number (undefined: nothing to report).
 */
function watchedGauge(name: string, help: string, label: 'service' | 'group', read: (w: Watched) => { value: string; ask: () => Promise<number> } | undefined): void {
  new Gauge({
    name,
    help,
    labelNames: [label],
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        [...watched].map(async (w) => {
          const what = read(w);
          if (!what) return;
          const n = await withTimeout(what.ask(), SCRAPE_TIMEOUT_MS).catch(() => undefined);
          if (n !== undefined) this.set({ [label]: what.value }, n);
        }),
      );
    },
  });
}

watchedGauge('cb_outbox_backlog_events', 'Events written to a service’s outbox and not yet relayed to the bus.', 'service', (w) => ({
  value: w.service,
  ask: () => w.store.outboxBacklog(),
}));

watchedGauge('cb_consumer_lag_messages', 'Messages on the topics a consumer group reads that it has not yet committed.', 'group', (w) =>
  w.topics.length === 0 ? undefined : { value: w.groupId, ask: () => w.bus.lag(w.groupId, w.topics) },
);

const MAX_OPERATION_NAMES = 100;
const seenOperations = new Set<string>();
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A bounded label for a client-chosen operation name: `anonymous` when there is none, `other`
 * when it is not a plain GraphQL name or this process has already seen MAX_OPERATION_NAMES others
 * (a client could otherwise make a new time series per request). The gateway names its subgraph
 * fetches `<operation>__<subgraph>__<n>`; the suffix is dropped so both sides use one name.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  const base = name.replace(/__[a-z]+__\d+$/, '');
  if (!OPERATION_NAME.test(base)) return 'other';
  if (seenOperations.has(base)) return base;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(base);
  return base;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
