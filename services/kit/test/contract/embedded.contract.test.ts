import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteLogBus } from '../../src/bus/event-bus.sqlite-log';
import { SqliteStore } from '../../src/store/store.sqlite';
import { busContract } from './bus.contract';
import { storeContract } from './store.contract';

const dir = mkdtempSync(join(tmpdir(), 'cb-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', async () => new SqliteStore(join(dir, 'store.sqlite')));

let n = 0;
busContract('SQLite log', async () => new SqliteLogBus(join(dir, 'log.sqlite')), () => `topic-${++n}`);
