export { adminFeature } from './admin-feature';
