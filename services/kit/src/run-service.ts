import { ConfigError, readEnv } from './config';
import { hostService, type ServiceDefinition } from './host';
import { createRuntime } from './runtime';

/**
 * Process entry of one service in the distributed profile: its own process (its own container in
 * docker-compose.yml), its subgraph on HOST:PORT, stopped gracefully on SIGTERM so that no handled
 * event is left uncommitted and no outbox entry is lost.
 */
export async function runService(definition: ServiceDefinition): Promise<void> {
  try {
    const env = readEnv();
    const runtime = await createRuntime(env, { service: definition.name });
    const service = await hostService(definition, runtime, { host: env.HOST, port: env.PORT });
    console.log(`[${definition.name}] subgraph ready at ${service.url} (${env.CB_PROFILE})`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      console.log(`[${definition.name}] ${signal}: stopping`);
      await service.stop();
      await runtime.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  } catch (err) {
    if (err instanceof ConfigError) console.error(err.message);
    else console.error(`[${definition.name}] could not start:`, err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
