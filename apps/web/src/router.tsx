import { createBrowserRouter } from 'react-router';
import { RequireSignIn } from '@iep/web/feature-session';
import { AppLayout, NotFoundRoute, RouteError } from '@iep/web/ui';
import { features } from './features';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout headerItems={features.flatMap((feature) => feature.headerItems ?? [])} />,
      errorElement: <RouteError />,
      children: [
        ...features.flatMap((feature) => feature.publicRoutes ?? []),
        {
          path: '/',
          element: <RequireSignIn />,
          children: features.flatMap((feature) => feature.routes ?? []),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
