export { meetingsFeature } from './meetings-feature';
