import { entryOf } from './group-session-rules';

const service = { serviceId: 's', goals: [{ id: 'g1', viewerCanRecord: true }, { id: 'g2', viewerCanRecord: false }] };

describe('a student\'s part of a group session', () => {
  it('sends only what differs from the group, and a point for each measured goal with a value', () => {
    expect(entryOf(service, { status: '', minutes: '', goalIds: ['g1'], values: { g1: 3, g2: 4 } }, 'DELIVERED')).toEqual({
      serviceId: 's', status: null, minutes: null, goalIds: ['g1'], points: [{ goalId: 'g1', value: 3 }],
    });
    expect(entryOf(service, { status: 'MAKE_UP', minutes: 20, goalIds: [], values: { g1: '' } }, 'DELIVERED')).toMatchObject({ status: 'MAKE_UP', minutes: 20, points: [] });
  });

  it('drops the values typed for a student then marked absent, or when the whole group was not served', () => {
    expect(entryOf(service, { status: 'STUDENT_ABSENT', minutes: '', goalIds: [], values: { g1: 3 } }, 'DELIVERED').points).toEqual([]);
    expect(entryOf(service, { status: '', minutes: '', goalIds: [], values: { g1: 3 } }, 'PROVIDER_ABSENT').points).toEqual([]);
    expect(entryOf(service, undefined, 'DELIVERED')).toEqual({ serviceId: 's', status: null, minutes: null, goalIds: [], points: [] });
  });
});
