import { lazy, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoadingState, loadPageTexts } from '@iep/web/ui';
import { AdminLayout } from './admin-layout';
import { RequireDistrictAdmin } from './require-district-admin';

// Only district administrators use these pages: loaded on demand, they stay out of the bundle families wait for.
const AdminUsersRoute = lazy(() =>
  import('./users/admin-users-route').then((module) => ({ default: module.AdminUsersRoute })),
);
const AdminStudentsRoute = lazy(() =>
  import('./students/admin-students-route').then((module) => ({ default: module.AdminStudentsRoute })),
);
const AdminSchoolsRoute = lazy(() =>
  import('./schools/admin-schools-route').then((module) => ({ default: module.AdminSchoolsRoute })),
);

// Its messages include texts kept with the pages that are never a first page (en-pages.json).
const AdminCalendarRoute = lazy(() =>
  Promise.all([import('./calendar/admin-calendar-route'), loadPageTexts()]).then(([module]) => ({ default: module.AdminCalendarRoute })),
);

const AdminMailRoute = lazy(() =>
  import('./mail/admin-mail-route').then((module) => ({ default: module.AdminMailRoute })),
);

// Its messages too (the profile names in use, the age of majority's rule).
const AdminRulesRoute = lazy(() =>
  Promise.all([import('./rules/admin-rules-route'), loadPageTexts()]).then(([module]) => ({ default: module.AdminRulesRoute })),
);

const AdminRosterRoute = lazy(() =>
  import('./roster/admin-roster-route').then((module) => ({ default: module.AdminRosterRoute })),
);

const page = (element: React.ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

/** `/admin/users`, `/admin/students`, `/admin/schools`, `/admin/calendar`, `/admin/mail`, `/admin/rules`, `/admin/roster`; to be placed under RequireSignIn. */
export const adminRoute: RouteObject = {
  path: 'admin',
  element: <RequireDistrictAdmin />,
  children: [
    {
      element: <AdminLayout />,
      children: [
        { index: true, element: <Navigate to="users" replace /> },
        { path: 'users', element: page(<AdminUsersRoute />) },
        { path: 'students', element: page(<AdminStudentsRoute />) },
        { path: 'schools', element: page(<AdminSchoolsRoute />) },
        { path: 'calendar', element: page(<AdminCalendarRoute />) },
        { path: 'mail', element: page(<AdminMailRoute />) },
        { path: 'rules', element: page(<AdminRulesRoute />) },
        { path: 'roster', element: page(<AdminRosterRoute />) },
      ],
    },
  ],
};
