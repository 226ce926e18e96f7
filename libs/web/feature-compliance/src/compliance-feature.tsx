import type { WebFeature } from '@iep/web/ui';
import { ComplianceLink, seesComplianceDashboard } from './compliance-link';
import { LazyComplianceRoute } from './lazy-compliance-route';

/** The district's view of every legal deadline. */
export const complianceFeature: WebFeature = {
  routes: [{ path: 'compliance', element: <LazyComplianceRoute /> }],
  headerItems: [{ order: 20, Component: ComplianceLink, shownTo: seesComplianceDashboard, ownRowOnPhone: true }],
};
