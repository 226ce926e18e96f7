import type { WebFeature } from '@iep/web/ui';
import { IepRoute } from './iep/iep-route';
import { AccessRecordRoute } from './students/access-record-route';
import { StudentsRoute } from './students/students-route';

/** A person's students and their IEPs, and the editor in which the team drafts one. */
export const draftingFeature: WebFeature = {
  routes: [
    { index: true, element: <StudentsRoute /> },
    { path: 'students/:studentId/access-record', element: <AccessRecordRoute /> },
    { path: 'ieps/:iepId', element: <IepRoute /> },
  ],
};
