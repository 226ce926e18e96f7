export { signoffFeature } from './signoff-feature';
// For the meeting record, where attendees sign the attendance sheet.
export { AttendanceSignature } from './attendance-signature';
// For consent to evaluate, e-signed with the same evidence.
export { MyElectronicRecordsConsentQuery } from './electronic-records-consent-panel';
export { RecordsDisclosureStep } from './records-disclosure-step';
export { SignatureFields, showSignatureRefusal, useSignatureForm, type SignatureErrors, type SignatureValues } from './signature-fields';
export { signoffError } from './signoff-errors';
