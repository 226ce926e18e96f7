export { complianceFeature } from './compliance-feature';
