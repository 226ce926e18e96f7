import type { WebFeature } from '@iep/web/ui';
import { IepMeetingRoute } from './iep-meeting-route';

/** Scheduling an IEP meeting, answering the invitation, and its record. */
export const meetingsFeature: WebFeature = {
  routes: [{ path: 'ieps/:iepId/meeting', element: <IepMeetingRoute /> }],
};
