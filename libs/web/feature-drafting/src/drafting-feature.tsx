import { lazyPage, type WebFeature } from '@iep/web/ui';

/** A person's students and their IEPs, and the editor in which the team drafts one. */
export const draftingFeature: WebFeature = {
  routes: [
    { index: true, element: lazyPage(() => import('./students/students-route').then((m) => m.StudentsRoute), { firstPage: true }) },
    { path: 'students/:studentId/access-record', element: lazyPage(() => import('./students/access-record-route').then((m) => m.AccessRecordRoute)) },
    { path: 'ieps/:iepId', element: lazyPage(() => import('./iep/iep-route').then((m) => m.IepRoute)) },
  ],
};
