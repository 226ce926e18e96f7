import { lazyPage, type WebFeature } from '@iep/web/ui';

/** Sign-off pages of an IEP, beside the editor at `ieps/:iepId`. */
export const signoffFeature: WebFeature = {
  routes: [
    { path: 'ieps/:iepId/status', element: lazyPage(() => import('./iep-status-route').then((m) => m.IepStatusRoute)) },
    { path: 'ieps/:iepId/review', element: lazyPage(() => import('./review-route').then((m) => m.ReviewRoute)) },
    { path: 'ieps/:iepId/finalize', element: lazyPage(() => import('./finalize-route').then((m) => m.FinalizeRoute)) },
    { path: 'ieps/:iepId/versions/:version', element: lazyPage(() => import('./version-route').then((m) => m.VersionRoute)) },
    { path: 'ieps/:iepId/notices/:noticeId', element: lazyPage(() => import('./notice-route').then((m) => m.NoticeRoute)) },
    { path: 'ieps/:iepId/amendment-changes', element: lazyPage(() => import('./amendment-changes-route').then((m) => m.AmendmentChangesRoute)) },
  ],
};
