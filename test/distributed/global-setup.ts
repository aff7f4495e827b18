import { startFerretDB, startKafka, type FerretDBEngine, type KafkaEngine } from '../../infra/engines';

/**
 * Starts one Kafka broker and one FerretDB for the whole distributed run and hands them to the
 * tests as MONGO_URL and KAFKA_BROKERS (jest starts the test processes after this, so they inherit
 * the environment). Tests that disturb an engine (outages, crashes) start engines of their own.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const [kafka, mongo] = await Promise.all([startKafka(), startFerretDB()]);
  (globalThis as { __CB_ENGINES__?: Array<KafkaEngine | FerretDBEngine> }).__CB_ENGINES__ = [kafka, mongo];
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  process.env.MONGO_URL = mongo.url;
  process.env.CB_TEST_PROFILE = 'distributed';
  process.stderr.write(
    `\n[distributed] Kafka ${kafka.version} at ${kafka.brokers.join(',')}, FerretDB ${mongo.version} at ${mongo.url} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
