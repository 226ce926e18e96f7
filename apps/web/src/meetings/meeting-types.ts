import type { MeetingPage_MeetingFragment } from '../gql/graphql';

export type Meeting = MeetingPage_MeetingFragment;
