import { lazyPage, type WebFeature } from '@iep/web/ui';
import { ChangePasswordLink } from './change-password-link';
import { LazyChangePasswordRoute, LazyResetPasswordRoute } from './password-routes';
import { SignInRoute } from './sign-in-route';
import { SignOutButton } from './sign-out-button';

/** Signing in and out, and everything about one's password. */
export const sessionFeature: WebFeature = {
  publicRoutes: [
    { path: '/sign-in', element: <SignInRoute /> },
    { path: '/forgot-password', element: lazyPage(() => import('./forgot-password-route').then((m) => m.ForgotPasswordRoute)) },
    { path: '/reset-password', element: <LazyResetPasswordRoute /> },
  ],
  routes: [{ path: 'change-password', element: <LazyChangePasswordRoute /> }],
  headerItems: [
    { order: 40, Component: ChangePasswordLink },
    { order: 50, Component: SignOutButton },
  ],
};
