import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRIOR_WRITTEN_NOTICE_ELEMENTS, type PriorWrittenNoticeElement } from '@iep/domain';

export enum PriorWrittenNoticeSource {
  SUGGESTION_REJECTED = 'SUGGESTION_REJECTED',
  IEP_DECLINED = 'IEP_DECLINED',
  ITEMS_EXCEPTED = 'ITEMS_EXCEPTED',
  /** The district proposes an initial IEP, or a new one that changes services or placement. */
  IEP_PROPOSED = 'IEP_PROPOSED',
  EVALUATION_PROPOSED = 'EVALUATION_PROPOSED',
  EVALUATION_REFUSED = 'EVALUATION_REFUSED',
  ELIGIBILITY_DETERMINED = 'ELIGIBILITY_DETERMINED',
  /** The district declines something the parent asked for. */
  REQUEST_DECLINED = 'REQUEST_DECLINED',
  /** The parent revoked consent for services; the district says when they end (300.300(b)(4)). */
  CONSENT_REVOKED = 'CONSENT_REVOKED',
}
registerEnumType(PriorWrittenNoticeSource, { name: 'PriorWrittenNoticeSource', description: 'The refusal or proposal the notice is about.' });

export enum PriorWrittenNoticeAction {
  PROPOSE = 'PROPOSE',
  REFUSE = 'REFUSE',
}
registerEnumType(PriorWrittenNoticeAction, { name: 'PriorWrittenNoticeAction' });

export enum PriorWrittenNoticeStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
}
registerEnumType(PriorWrittenNoticeStatus, { name: 'PriorWrittenNoticeStatus' });

/** The seven elements of 34 CFR 300.503(b), in the order the regulation lists them (libs/domain: the editor checks them too). */
export const PWN_ELEMENTS = PRIOR_WRITTEN_NOTICE_ELEMENTS;
export type PwnElement = PriorWrittenNoticeElement;
export type PwnElements = Record<PwnElement, string>;

@ObjectType('PriorWrittenNotice', { description: 'Prior written notice (34 CFR 300.503): drafted by the system, completed and sent by the case manager.' })
export class PriorWrittenNoticeModel implements PwnElements {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => ID) studentId: string;
  @Field(() => PriorWrittenNoticeSource) source: PriorWrittenNoticeSource;
  @Field(() => PriorWrittenNoticeAction) action: PriorWrittenNoticeAction;
  @Field(() => ID, { nullable: true }) suggestionId: string | null;
  @Field(() => ID, { nullable: true }) decisionId: string | null;
  @Field(() => PriorWrittenNoticeStatus) status: PriorWrittenNoticeStatus;
  @Field(() => Int, { description: 'Pass when updating or sending; a stale version is refused.' }) version: number;
  @Field({ description: "The parent's language, in which the notice is drafted." }) locale: string;
  @Field({ description: '(1) The action the district proposes or refuses.' }) actionDescription: string;
  @Field({ description: '(2) Why the district proposes or refuses it.' }) explanation: string;
  @Field({ description: '(3) Each evaluation, assessment, record or report used as a basis.' }) evaluationBasis: string;
  @Field({ description: '(4) The procedural safeguards and how to obtain a copy of them.' }) proceduralSafeguards: string;
  @Field({ description: '(5) Sources the parent can contact for help.' }) sourcesForAssistance: string;
  @Field({ description: '(6) Other options considered and why they were rejected.' }) optionsConsidered: string;
  @Field({ description: '(7) Other factors relevant to the proposal or refusal.' }) otherFactors: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  sentById: string | null;
  @Field({ description: 'Authenticated GET: the notice as a PDF, in its language.' }) pdfUrl: string;
}
