import { lazyPage, type WebFeature } from '@iep/web/ui';

/** The family's procedural rights about a student: the safeguards notice, given and recorded; records requests. */
export const rightsFeature: WebFeature = {
  routes: [
    { path: 'students/:studentId/rights', element: lazyPage(() => import('./student-rights-route').then((m) => m.StudentRightsRoute)) },
    { path: 'students/:studentId/records', element: lazyPage(() => import('./student-records-route').then((m) => m.StudentRecordsRoute)) },
  ],
};
