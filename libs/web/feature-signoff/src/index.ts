export { signoffFeature } from './signoff-feature';
// For the meeting record, where attendees sign the attendance sheet.
export { AttendanceSignature } from './attendance-signature';
