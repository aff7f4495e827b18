import { Topics } from '@cb/contracts';
import { Consumer, MessagesStreamModes, stringDeserializers } from '@platformatic/kafka';

/**
 * A consumer of the assignments topic of our own (its own group, from the end), noting when each
 * assignment's events arrive. bench/events.ts splits publish → searchable with it into publish →
 * on the bus → searchable; it lives here, with the other engine harnesses, because only they and the
 * bus adapter may use the Kafka client (.dependency-cruiser.cjs).
 */
export async function watchBus(brokers: string[]) {
  const arrived = new Map<string, number>();
  const consumer = new Consumer({ clientId: 'bench-events', bootstrapBrokers: brokers, groupId: `bench-events-${Date.now()}`, deserializers: stringDeserializers, maxWaitTime: 500 });
  const stream = await consumer.consume({ topics: [Topics.assignments], mode: MessagesStreamModes.LATEST, autocommit: false });
  stream.on('data', (message: { value: string }) => {
    const id = /"assignmentId":"([^"]+)"/.exec(message.value)?.[1];
    if (id && !arrived.has(id)) arrived.set(id, performance.now());
  });
  return {
    arrived,
    async stop() {
      await stream.close();
      await consumer.close(true);
    },
  };
}
