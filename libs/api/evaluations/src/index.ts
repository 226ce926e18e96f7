export * from './evaluations.module';
export { EVALUATION_NOTIFICATION } from './evaluation.service';
