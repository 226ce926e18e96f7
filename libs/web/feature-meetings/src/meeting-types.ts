import type { MeetingPage_MeetingFragment } from '@iep/web/data-access';

export type Meeting = MeetingPage_MeetingFragment;
