import { EventTypes } from '@cb/contracts';
import { InvalidEventError, newEvent, parseEvent } from '../../src/events/envelope';

describe('event envelopes', () => {
  it('wraps data in a CloudEvents 1.0 envelope keyed by the aggregate id', () => {
    const out = newEvent('/services/students', EventTypes.studentErased, 'stu_1', { studentId: 'stu_1' });
    expect(out).toMatchObject({ topic: 'careerboost.students', key: 'stu_1' });
    expect(out.event).toMatchObject({ specversion: '1.0', type: 'nl.careerboost.student.erased.v1', subject: 'stu_1', source: '/services/students' });
    expect(parseEvent(JSON.stringify(out.event)).data).toEqual({ studentId: 'stu_1' });
  });

  it('refuses to publish data that breaks its schema', () => {
    expect(() => newEvent('/x', EventTypes.studentErased, 's', {} as never)).toThrow(InvalidEventError);
  });

  it('rejects on consume what is not JSON, not a CloudEvent, of an unknown type, or off-schema', () => {
    const good = newEvent('/x', EventTypes.studentErased, 's', { studentId: 's' }).event;
    expect(() => parseEvent('{not json')).toThrow(InvalidEventError);
    expect(() => parseEvent({ ...good, specversion: undefined })).toThrow(InvalidEventError);
    expect(() => parseEvent({ ...good, type: 'nl.careerboost.unknown.v1' })).toThrow(/unknown event type/);
    expect(() => parseEvent({ ...good, data: { studentId: 42 } })).toThrow(InvalidEventError);
  });

  it('lets old consumers read events with fields added later (additive change keeps the version)', () => {
    const good = newEvent('/x', EventTypes.studentErased, 's', { studentId: 's' }).event;
    const newer = { ...good, data: { studentId: 's', erasedBy: 'STAFF' } };
    expect(parseEvent(newer).data).toMatchObject({ studentId: 's' });
  });
});
