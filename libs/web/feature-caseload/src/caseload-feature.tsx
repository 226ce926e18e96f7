import { lazyPage, type WebFeature } from '@iep/web/ui';
import { CaseloadsLink, managesCaseloads, MyCaseloadLink, hasOwnCaseload } from './caseload-links';

/** A case manager's or specialist's day, the district moving caseloads, and one page per student. */
export const caseloadFeature: WebFeature = {
  routes: [
    { path: 'caseload', element: lazyPage(() => import('./my-caseload-route').then((m) => m.MyCaseloadRoute)) },
    { path: 'caseloads', element: lazyPage(() => import('./manage-caseloads-route').then((m) => m.ManageCaseloadsRoute)) },
    { path: 'students/:studentId', element: lazyPage(() => import('./student-route').then((m) => m.StudentRoute)) },
  ],
  headerItems: [
    { order: 15, Component: MyCaseloadLink, shownTo: hasOwnCaseload, ownRowOnPhone: true },
    { order: 25, Component: CaseloadsLink, shownTo: managesCaseloads, ownRowOnPhone: true },
  ],
};
