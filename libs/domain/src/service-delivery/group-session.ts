import type { IsoDate } from '../deadlines/local-date';
import type { Localized } from '../localized';
import { SESSION_LIMITS, sessionProblems, type SessionInput, type SessionProblem } from './sessions';

/** What a group session shares: entered once for every student of the group. */
export interface GroupSessionShared {
  readonly date: string;
  readonly minutes: number;
  readonly groupSize: number;
  readonly location: string;
  readonly status: string;
}

/** One student's part of a group session: their service, and what differs for them (one student absent). */
export interface GroupSessionEntry {
  readonly serviceId: string;
  /** Overrides the shared status for this student (STUDENT_ABSENT for one who was away). */
  readonly status?: string | null;
  /** Overrides the shared minutes (one who joined late). */
  readonly minutes?: number | null;
  readonly note?: string | null;
  readonly goalIds?: readonly string[] | null;
  /** Data points taken in the session: only a session that happened (delivered or a make-up) has any. */
  readonly dataPoints?: readonly unknown[] | null;
}

/** The service a group entry is logged against, as far as its rules need it. */
export interface GroupSessionService {
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly goalIds: readonly string[];
}

export interface GroupSessionProblem extends SessionProblem {
  /** The entry (student) the problem is about; null for the group itself. */
  readonly entry: number | null;
}

/** One student's session as it is recorded: the shared fields with the student's overrides. */
export function groupEntrySession(shared: GroupSessionShared, entry: GroupSessionEntry): SessionInput {
  return {
    date: shared.date,
    minutes: entry.minutes ?? shared.minutes,
    groupSize: shared.groupSize,
    location: shared.location.trim(),
    status: entry.status ?? shared.status,
    note: (entry.note ?? '').trim(),
    goalIds: [...new Set(entry.goalIds ?? [])],
  };
}

const GROUP_MESSAGES = {
  noStudents: { en: 'Choose at least one student.', es: 'Elija al menos un estudiante.' },
  tooMany: {
    en: `A group session records at most ${SESSION_LIMITS.groupEntries} students at once.`,
    es: `Una sesión de grupo registra como máximo ${SESSION_LIMITS.groupEntries} estudiantes a la vez.`,
  },
  twice: { en: 'A student appears twice in this group.', es: 'Un estudiante aparece dos veces en este grupo.' },
  noSessionNoData: {
    en: 'Data points are taken in a session that happened: this student was not served.',
    es: 'Los datos se toman en una sesión que ocurrió: este estudiante no recibió el servicio.',
  },
  smallerThanGroup: {
    en: 'The group size counts every student entered here.',
    es: 'El tamaño del grupo cuenta a todos los estudiantes registrados aquí.',
  },
} satisfies Record<string, Localized>;

/**
 * What is wrong with a group session: the group's own problems (no students, too many, a service twice, a
 * group size below the number of students) and each student's session checked by `sessionProblems`
 * against that student's service. `services` is in the order of `entries` (null: the service is not
 * known, which the caller refuses on its own terms). Empty when every session may be recorded; the server
 * refuses the whole group on the first problem, the form shows each beside its student.
 */
export function groupSessionProblems(
  shared: GroupSessionShared,
  entries: readonly GroupSessionEntry[],
  services: ReadonlyArray<GroupSessionService | null>,
  today: IsoDate,
): GroupSessionProblem[] {
  const problems: GroupSessionProblem[] = [];
  if (entries.length === 0) problems.push({ entry: null, field: 'groupSize', rule: 'NO_STUDENTS', message: GROUP_MESSAGES.noStudents });
  if (entries.length > SESSION_LIMITS.groupEntries) problems.push({ entry: null, field: 'groupSize', rule: 'TOO_MANY_STUDENTS', message: GROUP_MESSAGES.tooMany });
  if (entries.length > 0 && Number.isInteger(shared.groupSize) && shared.groupSize < entries.length) {
    problems.push({ entry: null, field: 'groupSize', rule: 'GROUP_SMALLER_THAN_ENTRIES', message: GROUP_MESSAGES.smallerThanGroup });
  }
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.serviceId)) problems.push({ entry: index, field: 'status', rule: 'SERVICE_TWICE', message: GROUP_MESSAGES.twice });
    seen.add(entry.serviceId);
    const status = entry.status ?? shared.status;
    if ((entry.dataPoints?.length ?? 0) > 0 && status !== 'DELIVERED' && status !== 'MAKE_UP') {
      problems.push({ entry: index, field: 'status', rule: 'DATA_WITHOUT_SESSION', message: GROUP_MESSAGES.noSessionNoData });
    }
    const service = services[index];
    if (!service) return;
    for (const problem of sessionProblems(groupEntrySession(shared, entry), service, today)) problems.push({ ...problem, entry: index });
  });
  return problems;
}
