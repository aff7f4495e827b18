import { randomBytes } from 'node:crypto';
import { KafkaBus } from '../../src/bus/event-bus.kafka';
import { MongoStore } from '../../src/store/store.mongo';
import { busContract } from './bus.contract';
import { storeContract } from './store.contract';

/**
 * The same store and bus contracts as embedded.contract.test.ts, on the distributed adapters:
 * MongoStore on FerretDB 1.24 and KafkaBus on Kafka 3.9, both started as native processes by the
 * distributed suite's global set-up (`npm run test:distributed`, jest.distributed.config.js), which
 * hands them over in MONGO_URL and KAFKA_BROKERS. Under the everyday `jest` run there are no
 * engines, so the suite reports itself as skipped there.
 */
const mongoUrl = process.env.MONGO_URL;
const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
const distributedRun = (globalThis as { CB_DISTRIBUTED_RUN?: boolean }).CB_DISTRIBUTED_RUN === true;

if (mongoUrl && brokers.length > 0) {
  const run = randomBytes(3).toString('hex');
  storeContract('MongoDB via the mongodb driver (FerretDB 1.24)', () => MongoStore.connect(mongoUrl, `contract_${run}`));
  let n = 0;
  busContract('Kafka via @platformatic/kafka (Kafka 3.9)', async () => new KafkaBus(brokers, { clientId: 'contract-test' }), () => `contract.${run}.topic-${++n}`);
} else if (distributedRun) {
  throw new Error('MONGO_URL and KAFKA_BROKERS are not set: the global set-up of jest.distributed.config.js did not run');
} else {
  describe.skip('store and bus contracts on MongoDB and Kafka', () => {
    it('run with `npm run test:distributed`', () => undefined);
  });
}
