export { teamFeature } from './team-feature';
