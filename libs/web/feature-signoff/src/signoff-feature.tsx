import type { WebFeature } from '@iep/web/ui';
import { AmendmentChangesRoute } from './amendment-changes-route';
import { FinalizeRoute } from './finalize-route';
import { IepStatusRoute } from './iep-status-route';
import { NoticeRoute } from './notice-route';
import { ReviewRoute } from './review-route';
import { VersionRoute } from './version-route';

/** Sign-off pages of an IEP, beside the editor at `ieps/:iepId`. */
export const signoffFeature: WebFeature = {
  routes: [
    { path: 'ieps/:iepId/status', element: <IepStatusRoute /> },
    { path: 'ieps/:iepId/review', element: <ReviewRoute /> },
    { path: 'ieps/:iepId/finalize', element: <FinalizeRoute /> },
    { path: 'ieps/:iepId/versions/:version', element: <VersionRoute /> },
    { path: 'ieps/:iepId/notices/:noticeId', element: <NoticeRoute /> },
    { path: 'ieps/:iepId/amendment-changes', element: <AmendmentChangesRoute /> },
  ],
};
