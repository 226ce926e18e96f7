import { lazyPage, type WebFeature } from '@iep/web/ui';

/** Before the IEP: referral, consent to evaluate, the evaluation, eligibility and the first IEP; reevaluation. */
export const evaluationFeature: WebFeature = {
  routes: [{ path: 'students/:studentId/evaluations', element: lazyPage(() => import('./evaluations-route').then((m) => m.EvaluationsRoute)) }],
};
