export { progressFeature } from './progress-feature';
