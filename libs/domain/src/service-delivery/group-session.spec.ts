import { groupEntrySession, groupSessionProblems, type GroupSessionEntry, type GroupSessionService, type GroupSessionShared } from './group-session';

const GOAL = '11111111-1111-4111-8111-111111111111';
const service: GroupSessionService = { startDate: '2026-09-01', endDate: '2027-06-15', goalIds: [GOAL] };
const shared: GroupSessionShared = { date: '2026-11-18', minutes: 30, groupSize: 3, location: ' Speech room ', status: 'DELIVERED' };
const three: GroupSessionEntry[] = [{ serviceId: 'a' }, { serviceId: 'b', status: 'STUDENT_ABSENT' }, { serviceId: 'c', minutes: 20, goalIds: [GOAL, GOAL] }];
const rules = (s: GroupSessionShared, entries: GroupSessionEntry[] = three, services: Array<GroupSessionService | null> = entries.map(() => service)) =>
  groupSessionProblems(s, entries, services, '2026-12-07').map((p) => `${p.entry ?? 'group'}:${p.rule}`);

describe('groupSessionProblems', () => {
  it('accepts a group of three with one absent and one shorter', () => {
    expect(rules(shared)).toEqual([]);
  });

  it('gives each student the shared fields with their own changes', () => {
    expect(groupEntrySession(shared, three[1])).toMatchObject({ status: 'STUDENT_ABSENT', minutes: 30, groupSize: 3, location: 'Speech room', goalIds: [] });
    expect(groupEntrySession(shared, three[2])).toMatchObject({ status: 'DELIVERED', minutes: 20, goalIds: [GOAL] });
  });

  it('refuses an empty group, a student twice and a group size below the students entered', () => {
    expect(rules(shared, [])).toEqual(['group:NO_STUDENTS']);
    expect(rules(shared, [{ serviceId: 'a' }, { serviceId: 'a' }])).toEqual(['1:SERVICE_TWICE']);
    expect(rules({ ...shared, groupSize: 2 })).toEqual(['group:GROUP_SMALLER_THAN_ENTRIES']);
    expect(rules(shared, Array.from({ length: 13 }, (_, i) => ({ serviceId: String(i) })))).toContain('group:TOO_MANY_STUDENTS');
  });

  it('names the student whose session breaks a rule of their service', () => {
    const late = { ...service, startDate: '2026-11-19' };
    expect(rules(shared, three, [service, late, service])).toEqual(['1:BEFORE_SERVICE_START']);
    expect(rules(shared, [{ serviceId: 'a' }, { serviceId: 'b', minutes: 600 }])).toEqual(['1:MINUTES_RANGE']);
    expect(rules(shared, [{ serviceId: 'a', goalIds: ['22222222-2222-4222-8222-222222222222'] }])).toEqual(['0:GOAL_OF_SERVICE']);
  });

  it('takes data points only in a session that happened', () => {
    expect(rules(shared, [{ serviceId: 'a', status: 'STUDENT_ABSENT', dataPoints: [{}] }])).toEqual(['0:DATA_WITHOUT_SESSION']);
    expect(rules({ ...shared, status: 'MAKE_UP' }, [{ serviceId: 'a', dataPoints: [{}] }])).toEqual([]);
  });

  it('leaves an unknown service to the caller', () => {
    expect(rules(shared, three, [service, null, service])).toEqual([]);
  });
});
