import { lazyPage } from '@iep/web/ui';

// The chart library is large and only district staff open this page: it loads on demand.
const COMPLIANCE_PAGE = lazyPage(() => import('./compliance-route').then((module) => module.ComplianceRoute));

export function LazyComplianceRoute() {
  return COMPLIANCE_PAGE;
}
