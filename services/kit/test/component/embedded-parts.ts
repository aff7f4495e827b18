import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqliteLogBus } from '../../src/bus/event-bus.sqlite-log';
import { SqliteStore } from '../../src/store/store.sqlite';

/**
 * The real embedded log bus and store in a fresh folder, for one test; `close` closes both and
 * removes the folder. `openBus` may open a subclass of the log bus (one that can fail on demand).
 */
export function openEmbeddedParts<B extends SqliteLogBus>(folderPrefix: string, openBus: (file: string) => B) {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const bus = openBus(join(dir, 'log.sqlite'));
  const store = new SqliteStore(join(dir, 'store.sqlite'));
  return {
    bus,
    store,
    async close() {
      await bus.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` holds (the consumer and the relay work in the background), at most 10 s. */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
