export * from './demo-district';
export * from './seed-demo';
export * from './seed-deadlines';
export * from './seed-drafting';
export * from './seed-comments';
export * from './seed-meetings';
export * from './seed-signoff';
export * from './seed-journeys';
// The demo's sessions, which integration tests read back.
export { DEMO_SERVICE_SESSIONS, DEMO_SPEECH_SERVICE_ID } from './seed-service-sessions';
