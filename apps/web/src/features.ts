import { adminFeature } from '@iep/web/feature-admin';
import { caseloadFeature } from '@iep/web/feature-caseload';
import { complianceFeature } from '@iep/web/feature-compliance';
import { draftingFeature } from '@iep/web/feature-drafting';
import { evaluationFeature } from '@iep/web/feature-evaluation';
import { meetingsFeature } from '@iep/web/feature-meetings';
import { notificationsFeature } from '@iep/web/feature-notifications';
import { progressFeature } from '@iep/web/feature-progress';
import { servicesFeature } from '@iep/web/feature-services';
import { rightsFeature } from '@iep/web/feature-rights';
import { sessionFeature } from '@iep/web/feature-session';
import { signoffFeature } from '@iep/web/feature-signoff';
import { teamFeature } from '@iep/web/feature-team';
import type { WebFeature } from '@iep/web/ui';

/** Every area of the client; a new area adds its pages and header items here, and nowhere else. */
export const features: WebFeature[] = [
  sessionFeature,
  draftingFeature,
  teamFeature,
  meetingsFeature,
  servicesFeature,
  signoffFeature,
  progressFeature,
  notificationsFeature,
  complianceFeature,
  caseloadFeature,
  rightsFeature,
  adminFeature,
  evaluationFeature,
];
