export { caseloadFeature } from './caseload-feature';
