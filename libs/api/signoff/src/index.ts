export * from './signoff.module';
export { IepLifecycleService, SYSTEM_CALLER } from './iep-lifecycle.service';
export { freezeSeededVersion, SignoffService } from './signoff.service';
export { SignatureFields } from './dto/signoff.inputs';
export { ELECTRONIC_RECORDS_DISCLOSURE_VERSION, SIGNATURE_INTENT_VERSION, typedNameMatches } from './esign-texts';
export {
  IEP_DECIDED_NOTIFICATION,
  IEP_PROPOSED_NOTIFICATION,
  IEP_TOOK_EFFECT_NOTIFICATION,
  PRIOR_WRITTEN_NOTICE_NOTIFICATION,
} from './signoff-notices';
export { PriorWrittenNoticeService, type IssueNotice } from './prior-written-notice.service';
export type { IssuedNoticeFacts } from './prior-written-notice-drafts';
export { StudentDocumentsService, type StudentDocument } from './student-documents.service';
export { signoffLocale, type SignoffLocale } from './esign-texts';
