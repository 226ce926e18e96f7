import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { UserRole } from '@iep/domain';

export enum SignaturePurpose {
  PARENT_DECISION = 'PARENT_DECISION',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(SignaturePurpose, { name: 'SignaturePurpose', description: "What a signature attests: the parent's decision on a version, or attendance at a meeting." });

export enum IepDecisionKind {
  REVIEWED = 'REVIEWED',
  CONSENT = 'CONSENT',
  CONSENT_WITH_EXCEPTIONS = 'CONSENT_WITH_EXCEPTIONS',
  DECLINE = 'DECLINE',
  WITHDRAWN = 'WITHDRAWN',
  TOOK_EFFECT_AFTER_NOTICE = 'TOOK_EFFECT_AFTER_NOTICE',
}
registerEnumType(IepDecisionKind, { name: 'IepDecisionKind', description: 'What happened to a proposed version.' });

export enum IepParentDecision {
  CONSENT = 'CONSENT',
  CONSENT_WITH_EXCEPTIONS = 'CONSENT_WITH_EXCEPTIONS',
  DECLINE = 'DECLINE',
}
registerEnumType(IepParentDecision, { name: 'IepParentDecision', description: 'What the parent decides on a proposed IEP.' });

@ObjectType('IepSignature', { description: 'An electronic signature (ESIGN/UETA): who, what they read and typed, when, from where.' })
export class IepSignatureModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => SignaturePurpose) purpose: SignaturePurpose;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => String, { nullable: true, description: 'The digest of the exact version signed.' }) digest: string | null;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field() signerRole: string;
  @Field() typedName: string;
  @Field({ description: 'The exact words shown above the typed name.' }) intentStatement: string;
  @Field() intentStatementVersion: string;
  @Field() signedAt: Date;
  /** Resolved as fields: shown to staff and to the signer only. */
  ip: string | null;
  userAgent: string | null;
  @Field() electronicRecordsDisclosureVersion: string;
  signerId: string;
}

@ObjectType('IepDecision', { description: 'A decision on a proposed version, by the parent or by the rules.' })
export class IepDecisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => Int) version: number;
  @Field(() => IepDecisionKind) kind: IepDecisionKind;
  @Field() decidedAt: Date;
  @Field(() => String, { nullable: true }) signedOn: string | null;
  @Field(() => String, { nullable: true }) effectiveOn: string | null;
  @Field(() => [String]) reasons: string[];
  @Field(() => [ID]) exceptedPartIds: string[];
  @Field(() => ID, { nullable: true, description: 'The amendment draft that carries the excepted items back to the team.' })
  amendmentIepId: string | null;
  decidedById: string | null;
  decidedByRole: UserRole | null;
  signatureId: string | null;
}

@ObjectType('ElectronicRecordsDisclosure', { description: 'The ESIGN consumer disclosure to agree to before signing.' })
export class ElectronicRecordsDisclosureModel {
  @Field() version: string;
  @Field() locale: string;
  @Field() title: string;
  @Field(() => [String]) paragraphs: string[];
}

@ObjectType('ElectronicRecordsConsent')
export class ElectronicRecordsConsentModel {
  @Field(() => ID) id: string;
  @Field() disclosureVersion: string;
  @Field() locale: string;
  @Field() agreedAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field({ description: 'Not withdrawn, and of the current disclosure version.' }) current: boolean;
}

@ObjectType('SignatureIntent', { description: 'The statement of intent shown above the typed name.' })
export class SignatureIntentModel {
  @Field() version: string;
  @Field() locale: string;
  @Field() statement: string;
}
