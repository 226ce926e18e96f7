export { RequireSignIn } from './require-sign-in';
export { sessionFeature } from './session-feature';
