import { Topics } from '@cb/contracts';
import { Admin, ConfigResourceTypes } from '@platformatic/kafka';
import { KafkaBus } from '../../services/kit/src/bus/event-bus.kafka';
import { DEAD_LETTER_TOPIC } from '../../services/kit/src/events/consumer';
import { enginesFromEnv } from './cluster';

/**
 * Topics are data, not broker defaults: the broker's 7-day retention would silently lose every
 * event older than a week at the first rebuild of a projection. Read back from the broker itself,
 * with the client's own admin (not the bus's code), what the bus created.
 */
describe('event topics on Kafka', () => {
  const { brokers } = enginesFromEnv();
  const admin = new Admin({ clientId: 'topics-test', bootstrapBrokers: brokers });
  const buses: KafkaBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await admin.close();
  });

  async function readBack(topics: string[]) {
    const metadata = await admin.metadata({ topics, forceUpdate: true });
    const described = await admin.describeConfigs({
      resources: topics.map((resourceName) => ({ resourceType: ConfigResourceTypes.TOPIC, resourceName, configurationKeys: ['retention.ms', 'min.insync.replicas'] })),
    });
    return topics.map((topic) => {
      const configs = Object.fromEntries((described.find((d) => d.resourceName === topic)?.configs ?? []).map((c) => [c.name, c.value]));
      const t = metadata.topics.get(topic)!;
      return { topic, partitions: t.partitionsCount, replicationFactor: t.partitions[0].replicas.length, retentionMs: configs['retention.ms'], minInsync: configs['min.insync.replicas'] };
    });
  }

  it('creates every event topic with unlimited retention and the configured partitions and replication', async () => {
    const bus = new KafkaBus(brokers, { clientId: 'topics-test', partitions: 3, replicationFactor: 1, minInSyncReplicas: 1 });
    buses.push(bus);
    await bus.provision();
    const topics = [...Object.values(Topics), DEAD_LETTER_TOPIC];
    for (const found of await readBack(topics)) {
      expect(found).toEqual({ topic: found.topic, partitions: 3, replicationFactor: 1, retentionMs: '-1', minInsync: '1' });
    }
  });

  it('creates a topic first used by a publish the same way', async () => {
    const topic = `topics-test.${Date.now()}.made-on-publish`;
    const bus = new KafkaBus(brokers, { clientId: 'topics-test', partitions: 2 });
    buses.push(bus);
    await bus.publish(topic, [{ key: 'k', value: 'v' }]);
    expect(await readBack([topic])).toEqual([{ topic, partitions: 2, replicationFactor: 1, retentionMs: '-1', minInsync: '1' }]);
  });

  it('reports a topic found with other settings (the broker defaults: 7-day retention)', async () => {
    const topic = `topics-test.${Date.now()}.made-elsewhere`;
    await admin.createTopics({ topics: [topic], partitions: 1, replicas: 1 });
    const bus = new KafkaBus(brokers, { clientId: 'topics-test', partitions: 3 });
    buses.push(bus);
    const problems = await bus.checkTopics([topic]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`topic ${topic}:`);
    expect(problems[0]).toContain('partitions 1 (configured 3)');
    expect(problems[0]).toContain('retention.ms=604800000 (configured -1)');
  });
});
