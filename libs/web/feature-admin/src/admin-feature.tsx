import type { WebFeature } from '@iep/web/ui';
import { AdminLink, isDistrictAdmin } from './admin-link';
import { adminRoute } from './admin-routes';

/** District administration: staff, students, schools and the school calendar. */
export const adminFeature: WebFeature = {
  routes: [adminRoute],
  headerItems: [{ order: 30, Component: AdminLink, shownTo: isDistrictAdmin, ownRowOnPhone: true }],
};
