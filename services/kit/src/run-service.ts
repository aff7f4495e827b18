import { ConfigError, readEnv } from './config';
import { hostService, type ServiceDefinition } from './host';
import { logger, type Logger } from './observability/logger';
import { startTracing, stopTracing } from './observability/tracing';
import { createRuntime } from './runtime';

/**
 * Process entry of one service in the distributed profile: its own process (its own container in
 * docker-compose.yml), its subgraph on HOST:PORT, stopped gracefully on SIGTERM so that no handled
 * event is left uncommitted and no outbox entry is lost.
 */
export async function runService(definition: ServiceDefinition): Promise<void> {
  const log = logger.child({ service: definition.name });
  try {
    startTracing(definition.name);
    const env = readEnv();
    const runtime = await createRuntime(env, { service: definition.name });
    const service = await hostService(definition, runtime, { host: env.HOST, port: env.PORT });
    log.info({ url: service.url, profile: env.CB_PROFILE }, 'subgraph ready');
    stopOnSignals(log, async () => {
      await service.stop();
      await runtime.close();
    });
  } catch (err) {
    exitOnStartFailure(log, err, 'could not start');
  }
}

/**
 * Stops the process once, on SIGTERM or SIGINT, whichever comes first: `stop` closes what the process
 * runs (consumers, relays, servers), then the tracer flushes its last spans, then it exits 0.
 */
export function stopOnSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await stop();
    await stopTracing();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void onSignal(signal));
}

/** A start that failed exits 1 with one fatal line: a configuration problem names what to fix. */
export function exitOnStartFailure(log: Logger, err: unknown, message: string): never {
  if (err instanceof ConfigError) log.fatal({ problems: err.message }, 'configuration problem');
  else log.fatal({ reason: err instanceof Error ? err.message : String(err) }, message);
  process.exit(1);
}
