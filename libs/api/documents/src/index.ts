export { type DocumentBlock, type DocumentSpec } from './document-renderer';
export { type DocumentLocale } from './document-words';
export { iepVersionDocument, signatureCertificateDocument, type DecisionFacts, type IepVersionFacts, type SignatureFacts } from './iep-documents';
export { meetingNoticeDocument, priorWrittenNoticeDocument, type MeetingNoticeFacts, type NoticeFacts } from './notice-documents';
export { progressReportDocument, type ProgressReportFacts, type ProgressReportGoalFacts } from './progress-report-documents';
