import { lazyPage, type WebFeature } from '@iep/web/ui';

/** Service delivery: an IEP's services with their minutes required and delivered, session entry, compensatory minutes. */
export const servicesFeature: WebFeature = {
  routes: [
    { path: 'ieps/:iepId/services', element: lazyPage(() => import('./iep-services-route').then((m) => m.IepServicesRoute)) },
    { path: 'services/group-session', element: lazyPage(() => import('./group-session-route').then((m) => m.GroupSessionRoute)) },
    {
      path: 'compliance/services',
      element: lazyPage(() => import('./service-delivery-dashboard-route').then((m) => m.ServiceDeliveryDashboardRoute)),
    },
  ],
};
