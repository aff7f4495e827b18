import { ConfigError, readEnv } from './config';
import { hostService, type ServiceDefinition } from './host';
import { logger } from './observability/logger';
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
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      await service.stop();
      await runtime.close();
      await stopTracing();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  } catch (err) {
    if (err instanceof ConfigError) log.fatal({ problems: err.message }, 'configuration problem');
    else log.fatal({ reason: err instanceof Error ? err.message : String(err) }, 'could not start');
    process.exit(1);
  }
}
