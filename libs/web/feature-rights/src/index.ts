export { rightsFeature } from './rights-feature';
export { MajorityStatus } from './majority';
export { ServicesStatus } from './consent-revocation';
