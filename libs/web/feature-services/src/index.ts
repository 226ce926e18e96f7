export { servicesFeature } from './services-feature';
