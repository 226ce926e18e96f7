import type { IepMeetingPageQuery } from '../gql/graphql';

export type Meeting = NonNullable<IepMeetingPageQuery['iep']>['meetings'][number];
