export { rightsFeature } from './rights-feature';
