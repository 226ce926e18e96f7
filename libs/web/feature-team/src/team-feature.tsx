import { lazyPage, type WebFeature } from '@iep/web/ui';
import { LazyInvitationRoute } from './lazy-invitation-route';

/** An IEP's team: members, invitations, and accepting one. */
export const teamFeature: WebFeature = {
  publicRoutes: [{ path: '/invitation', element: <LazyInvitationRoute /> }],
  routes: [{ path: 'ieps/:iepId/team', element: lazyPage(() => import('./iep-team-route').then((m) => m.IepTeamRoute)) }],
};
