import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@iep/api/core';
import { DeadlineClosedReasonGql, DeadlineKindGql, DeadlineStatusGql } from '@iep/api/deadlines';
import {
  ConsentMethod, DisabilityCategory, EvaluationArea, EvaluationDelayReason, EvaluationKind, EvaluationStage, ReferralSource,
  type DeadlineClosedReason, type DeadlineKind, type DeadlineStatus,
} from '@iep/domain';

export const EvaluationKindGql = graphqlEnum(EvaluationKind, 'EvaluationKind', 'An initial evaluation or a reevaluation.');
export const ReferralSourceGql = graphqlEnum(ReferralSource, 'ReferralSource', 'Who asked for the evaluation: the school or the parent.');
export const ConsentMethodGql = graphqlEnum(ConsentMethod, 'ConsentMethod', "How the parent's consent reached the district: e-signed, or on paper.");
export const EvaluationAreaGql = graphqlEnum(EvaluationArea, 'EvaluationArea', 'An area of suspected disability to assess (34 CFR 300.304(c)(4)).');
export const EvaluationDelayReasonGql = graphqlEnum(EvaluationDelayReason, 'EvaluationDelayReason', "Ed-Fi's reasons an evaluation ran past the state's timeline.");
export const DisabilityCategoryGql = graphqlEnum(DisabilityCategory, 'DisabilityCategory', "IDEA's thirteen disability categories (34 CFR 300.8(c)).");
export const EvaluationStageGql = graphqlEnum(EvaluationStage, 'EvaluationStage', 'Where an evaluation stands: referred, consented, or determined.');

@ObjectType('EvaluationDeadline', { description: 'A deadline an evaluation step started or met, in the reader’s words.' })
export class EvaluationDeadlineModel {
  @Field(() => DeadlineKindGql) kind: DeadlineKind;
  @Field() eventDate: string;
  @Field() dueDate: string;
  @Field(() => String, { nullable: true }) metOn: string | null;
  @Field(() => DeadlineStatusGql) status: DeadlineStatus;
  @Field(() => String, { nullable: true, description: 'ISO date the deadline stopped applying (300.301(d)).' }) closedOn: string | null;
  @Field(() => DeadlineClosedReasonGql, { nullable: true }) closedReason: DeadlineClosedReason | null;
  @Field({ description: 'How the due date was counted, in the reader’s language.' }) explanation: string;
  @Field({ description: 'The school calendar does not cover every counted day: the date is an estimate.' }) estimated: boolean;
}

@ObjectType('EvaluationReport', { description: "An evaluator's report on one area: written, with a file attached or not." })
export class EvaluationReportModel {
  @Field(() => ID) id: string;
  @Field(() => EvaluationAreaGql) area: EvaluationArea;
  @Field() authorName: string;
  @Field() completedOn: string;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => Int, { nullable: true }) fileSize: number | null;
  @Field(() => String, { nullable: true, description: 'Where the attached file downloads (with the session cookie).' }) fileUrl: string | null;
}

@ObjectType('EvaluationPlanArea', { description: 'An area the evaluation assesses, its assessor, and the report once given.' })
export class EvaluationPlanAreaModel {
  @Field(() => EvaluationAreaGql) area: EvaluationArea;
  @Field(() => ID) assessorId: string;
  @Field() assessorName: string;
  @Field(() => EvaluationReportModel, { nullable: true }) report: EvaluationReportModel | null;
}

@ObjectType('EligibilityNotice', { description: 'The prior written notice of the eligibility determination (34 CFR 300.503), sent to the family.' })
export class EligibilityNoticeModel {
  @Field(() => ID) id: string;
  @Field({ description: 'PROPOSE (eligible) or REFUSE (not eligible).' }) action: string;
  @Field() locale: string;
  @Field() sentAt: Date;
  @Field() actionDescription: string;
  @Field() explanation: string;
  @Field() evaluationBasis: string;
  @Field() proceduralSafeguards: string;
  @Field() sourcesForAssistance: string;
  @Field() optionsConsidered: string;
  @Field() otherFactors: string;
}

@ObjectType('Evaluation', { description: 'A referral and what followed it: consent, plan, reports, timeline, determination, first IEP.' })
export class EvaluationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) studentId: string;
  @Field(() => EvaluationKindGql) kind: EvaluationKind;
  @Field(() => EvaluationStageGql) stage: EvaluationStage;
  @Field(() => ReferralSourceGql) referralSource: ReferralSource;
  @Field() referredOn: string;
  @Field() referralReason: string;
  @Field() referredByName: string;
  @Field({ description: 'A reevaluation within a year of the last, agreed by the parent and the district.' }) agreedWithinYear: boolean;
  @Field(() => String, { nullable: true }) consentOn: string | null;
  @Field(() => ConsentMethodGql, { nullable: true }) consentMethod: ConsentMethod | null;
  @Field(() => String, { nullable: true, description: 'The name the parent typed when e-signing.' }) consentSignedName: string | null;
  @Field(() => [EvaluationPlanAreaModel]) plan: EvaluationPlanAreaModel[];
  @Field(() => EvaluationDelayReasonGql, { nullable: true }) delayReason: EvaluationDelayReason | null;
  @Field(() => String, { nullable: true }) delayAgreedCompletionOn: string | null;
  @Field(() => String, { nullable: true }) delayNote: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date the child was produced after a delay; a new timeframe runs from it.' })
  childProducedOn: string | null;
  @Field(() => String, { nullable: true }) determinedOn: string | null;
  @Field(() => Boolean, { nullable: true }) eligible: boolean | null;
  @Field(() => DisabilityCategoryGql, { nullable: true }) disabilityCategory: DisabilityCategory | null;
  @Field(() => String, { nullable: true }) determinationSummary: string | null;
  @Field(() => ID, { nullable: true, description: 'The initial IEP started from this evaluation.' }) initialIepId: string | null;
  @Field(() => [EvaluationDeadlineModel], { description: 'The evaluation timeline and the first IEP meeting, as started by its steps.' })
  deadlines: EvaluationDeadlineModel[];
  @Field(() => EligibilityNoticeModel, { nullable: true }) notice: EligibilityNoticeModel | null;
}

@ObjectType('ReevaluationAgreement', { description: 'The parent and the district agreed that a reevaluation is not needed (34 CFR 300.303(b)(2)).' })
export class ReevaluationAgreementModel {
  @Field(() => ID) id: string;
  @Field() agreedOn: string;
  @Field() parentName: string;
  @Field() note: string;
  @Field() recordedByName: string;
}

@ObjectType('EvaluationPerson')
export class EvaluationPersonModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('StudentEvaluations', { description: "A student's referrals, evaluations and reevaluations, and what the caller may do with them." })
export class StudentEvaluationsModel {
  @Field(() => ID) studentId: string;
  @Field() studentName: string;
  @Field(() => [EvaluationModel], { description: 'Newest first.' }) evaluations: EvaluationModel[];
  @Field(() => [ReevaluationAgreementModel]) reevaluationAgreements: ReevaluationAgreementModel[];
  @Field(() => String, { nullable: true, description: 'The last eligibility determination or agreement that a reevaluation is not needed.' })
  lastEvaluatedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Before this day a reevaluation needs the parent’s and the district’s agreement.' })
  earliestReevaluationOn: string | null;
  @Field(() => EvaluationDeadlineModel, { nullable: true, description: 'The open three-year reevaluation deadline.' })
  reevaluationDeadline: EvaluationDeadlineModel | null;
  @Field() mayRefer: boolean;
  @Field() mayRecord: boolean;
  @Field() mayConsent: boolean;
  @Field({ description: 'May attach or write a report for the areas the caller assesses (all areas for who records steps).' }) mayReport: boolean;
  @Field(() => [String], { description: 'The areas whose report the caller may give.' }) reportableAreas: string[];
  @Field({ description: 'The statement a parent e-signs to consent to the evaluation, in their language.' }) consentStatement: string;
  @Field() consentIntentVersion: string;
  @Field(() => [EvaluationPersonModel], { description: 'Staff of the district who may be named assessors (for who records steps).' })
  assessorOptions: EvaluationPersonModel[];
}
