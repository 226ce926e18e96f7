import { createBrowserRouter } from 'react-router';
import { adminRoute } from './admin/admin-routes';
import { AccessRecordRoute } from './routes/access-record-route';
import { LazyComplianceRoute } from './compliance/lazy-compliance-route';
import { AppLayout } from './routes/app-layout';
import { IepRoute } from './iep/iep-route';
import { IepTeamRoute } from './routes/iep-team-route';
import { IepMeetingRoute } from './routes/iep-meeting-route';
import { LazyNotificationSettingsRoute } from './notifications/lazy-notification-settings-route';
import { ForgotPasswordRoute } from './routes/forgot-password-route';
import { LazyInvitationRoute } from './routes/lazy-invitation-route';
import { NotFoundRoute } from './routes/not-found-route';
import { LazyChangePasswordRoute, LazyResetPasswordRoute } from './routes/password-routes';
import { RequireSignIn } from './routes/require-sign-in';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { signoffRoutes } from './signoff/signoff-routes';
import { StudentsRoute } from './routes/students-route';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { path: '/sign-in', element: <SignInRoute /> },
        { path: '/forgot-password', element: <ForgotPasswordRoute /> },
        { path: '/reset-password', element: <LazyResetPasswordRoute /> },
        { path: '/invitation', element: <LazyInvitationRoute /> },
        {
          path: '/',
          element: <RequireSignIn />,
          children: [
            { index: true, element: <StudentsRoute /> },
            { path: 'change-password', element: <LazyChangePasswordRoute /> },
            { path: 'compliance', element: <LazyComplianceRoute /> },
            { path: 'settings/notifications', element: <LazyNotificationSettingsRoute /> },
            { path: 'students/:studentId/access-record', element: <AccessRecordRoute /> },
            { path: 'ieps/:iepId', element: <IepRoute /> },
            { path: 'ieps/:iepId/team', element: <IepTeamRoute /> },
            { path: 'ieps/:iepId/meeting', element: <IepMeetingRoute /> },
            ...signoffRoutes,
            adminRoute,
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
