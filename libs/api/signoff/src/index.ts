export * from './signoff.module';
export { IepLifecycleService } from './iep-lifecycle.service';
export { freezeSeededVersion, SignoffService } from './signoff.service';
export { SignatureFields } from './dto/signoff.inputs';
export { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION } from './esign-texts';
export { PriorWrittenNoticeService, type IssueNotice } from './prior-written-notice.service';
export type { IssuedNoticeFacts } from './prior-written-notice-drafts';
export { StudentDocumentsService, type StudentDocument } from './student-documents.service';
export { type SignoffLocale } from './esign-texts';
