import type { WebFeature } from '@iep/web/ui';
import { IepTeamRoute } from './iep-team-route';
import { LazyInvitationRoute } from './lazy-invitation-route';

/** An IEP's team: members, invitations, and accepting one. */
export const teamFeature: WebFeature = {
  publicRoutes: [{ path: '/invitation', element: <LazyInvitationRoute /> }],
  routes: [{ path: 'ieps/:iepId/team', element: <IepTeamRoute /> }],
};
