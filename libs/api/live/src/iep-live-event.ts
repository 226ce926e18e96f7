/**
 * What happened on an IEP, told to everyone viewing it. Events carry ids, not content: a client refetches
 * what it is allowed to read, so a live message can never show more than the API would.
 */
export type IepLiveEventKind =
  | 'PART_SAVED'
  | 'PART_ADDED'
  | 'PART_REMOVED'
  /** A part was assigned to a team member or unassigned. */
  | 'PART_ASSIGNED'
  | 'COMMENT_ADDED'
  | 'THREAD_UPDATED'
  | 'SUGGESTION_CREATED'
  | 'SUGGESTION_DECIDED'
  | 'IEP_UPDATED'
  /** Someone started or stopped viewing, or moved to another part; `subjectId` is the part, if any. */
  | 'PRESENCE_CHANGED';

export interface IepLiveEvent {
  readonly iepId: string;
  readonly kind: IepLiveEventKind;
  /** The part, thread or suggestion the event is about, when there is one. */
  readonly subjectId: string | null;
  readonly actorId: string | null;
  /** ISO instant. */
  readonly at: string;
}
