import { lazy, Suspense, type ComponentType } from 'react';
import { loadPageTexts } from './i18n';
import { LoadingState } from './loading-state';

/**
 * A route's page, loaded when someone first opens it. Every page but sign-in is one: a parent's phone
 * downloads the editor, the charts and the administration pages only if that person opens them, and
 * the first page stays within its budget (apps/web-e2e/src/first-page-3g.e2e.ts).
 */
export function lazyPage(load: () => Promise<ComponentType>, { firstPage = false }: { firstPage?: boolean } = {}) {
  // A page that can be the first one (the home page) uses only the first download's texts; any other
  // brings the other pages' English texts with its code.
  const Page = lazy(() => Promise.all([load(), firstPage ? undefined : loadPageTexts()]).then(([Component]) => ({ default: Component })));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}
