import { lazy, Suspense } from 'react';
import { LoadingState } from '@iep/web/ui';

// The chart library is large and only district staff open this page: it loads on demand.
const ComplianceRoute = lazy(() => import('./compliance-route').then((module) => ({ default: module.ComplianceRoute })));

export function LazyComplianceRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ComplianceRoute />
    </Suspense>
  );
}
