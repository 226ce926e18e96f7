import { lazyPage, type WebFeature } from '@iep/web/ui';

/** Progress on the goals of an IEP: the chart, the decision rules' alerts, and recording measurements. */
export const progressFeature: WebFeature = {
  routes: [
    { path: 'ieps/:iepId/progress', element: lazyPage(() => import('./iep-progress-route').then((m) => m.IepProgressRoute)) },
    { path: 'ieps/:iepId/progress-reports', element: lazyPage(() => import('./progress-reports-route').then((m) => m.ProgressReportsRoute)) },
    { path: 'progress/session', element: lazyPage(() => import('./session-route').then((m) => m.SessionRoute)) },
  ],
};
