export { evaluationFeature } from './evaluation-feature';
