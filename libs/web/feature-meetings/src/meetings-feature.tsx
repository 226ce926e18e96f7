import { lazyPage, type WebFeature } from '@iep/web/ui';

/** Scheduling an IEP meeting, answering the invitation, and its record. */
export const meetingsFeature: WebFeature = {
  routes: [{ path: 'ieps/:iepId/meeting', element: lazyPage(() => import('./iep-meeting-route').then((m) => m.IepMeetingRoute)) }],
};
