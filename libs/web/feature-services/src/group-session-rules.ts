import type { SessionStatus } from '@iep/web/data-access';

export type StudentValues = { status: SessionStatus | ''; minutes: number | string; goalIds: string[]; values: Record<string, number | string> };

export type FormValues = {
  category: string;
  date: string;
  minutes: number | string;
  groupSize: number | string;
  status: SessionStatus;
  location: string;
  serviceIds: string[];
  students: Record<string, StudentValues>;
};

type ServiceGoals = { serviceId: string; goals: ReadonlyArray<{ id: string; viewerCanRecord: boolean }> };

/**
 * What one student's part of the group form gives the API: only what differs from the group (null: the
 * group's), the goals worked on, and a data point for each measured goal with a value typed in.
 */
export function entryOf(service: ServiceGoals, student: StudentValues | undefined, groupStatus: SessionStatus) {
  const values = student?.values ?? {};
  const status = student?.status || groupStatus;
  // A student who was not served has no data points, whatever was typed before they were marked absent.
  const served = status === 'DELIVERED' || status === 'MAKE_UP';
  return {
    serviceId: service.serviceId,
    status: student?.status ? student.status : null,
    minutes: student?.minutes === '' || student?.minutes === undefined ? null : Number(student.minutes),
    goalIds: student?.goalIds ?? [],
    points: service.goals
      .filter((goal) => served && goal.viewerCanRecord && values[goal.id] !== '' && values[goal.id] !== undefined)
      .map((goal) => ({ goalId: goal.id, value: Number(values[goal.id]) })),
  };
}
