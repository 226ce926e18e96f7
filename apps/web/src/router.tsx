import { createBrowserRouter } from 'react-router';
import { AccessRecordRoute } from './routes/access-record-route';
import { AppLayout } from './routes/app-layout';
import { NotFoundRoute } from './routes/not-found-route';
import { RequireSignIn } from './routes/require-sign-in';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { StudentsRoute } from './routes/students-route';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { path: '/sign-in', element: <SignInRoute /> },
        {
          path: '/',
          element: <RequireSignIn />,
          children: [
            { index: true, element: <StudentsRoute /> },
            { path: 'students/:studentId/access-record', element: <AccessRecordRoute /> },
          ],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
