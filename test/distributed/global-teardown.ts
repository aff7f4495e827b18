import { stopAllEngines, type EngineHandle } from '../../infra/engines';

/** Stops the engines of the global set-up (and any a test left running in this process). */
export default async function globalTeardown(): Promise<void> {
  const engines = (globalThis as { __CB_ENGINES__?: EngineHandle[] }).__CB_ENGINES__ ?? [];
  await Promise.all(engines.map((e) => e.stop()));
  await stopAllEngines();
}
