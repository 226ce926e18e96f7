import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { IepFieldDiffModel, IepPartKindGql } from '@iep/api/drafting';
import type { IepPartKind } from '@iep/domain/iep-content';

@ObjectType('IepVersionPart', { description: 'A part as it was frozen in a proposed version.' })
export class IepVersionPartModel {
  @Field(() => ID, { description: 'The id of the part when the version was frozen; name it to except the part from consent.' })
  id: string;
  @Field(() => IepPartKindGql) kind: IepPartKind;
  @Field(() => Int) position: number;
  @Field(() => GraphQLJSONObject) content: Record<string, unknown>;
  @Field({ description: 'The parent did not consent to this item: it is not in force.' }) excepted: boolean;
}

@ObjectType('IepVersion', { description: 'A proposed version of an IEP, frozen with the SHA-256 digest of its canonical JSON.' })
export class IepVersionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => Int) number: number;
  @Field({ description: 'Hex SHA-256 of the canonical JSON of `content`.' }) digest: string;
  @Field() frozenAt: Date;
  @Field({ description: 'The district calendar date on which the version was sent to the family (YYYY-MM-DD).' }) proposedOn: string;
  @Field(() => [String], { description: 'Quality-check warnings acknowledged when finalizing (`CODE:partId`).' })
  acknowledgedWarnings: string[];
  @Field(() => GraphQLJSONObject, { description: 'The frozen document.' }) content: Record<string, unknown>;
  @Field(() => [IepVersionPartModel]) parts: IepVersionPartModel[];
  @Field({ description: 'Authenticated GET: the version as a PDF.' }) pdfUrl: string;
  @Field({ description: 'Authenticated GET: the signature certificate as a PDF.' }) certificateUrl: string;
  frozenById: string | null;
}

@ObjectType('IepSignatureCheck')
export class IepSignatureCheckModel {
  @Field(() => ID) signatureId: string;
  @Field() digest: string;
  @Field() matches: boolean;
  @Field({ description: 'The signature record carries a seal made with one of the keys held outside the database, and it verifies.' }) sealed: boolean;
}

@ObjectType('IepVersionVerification', { description: 'The digest recomputed from the stored frozen content.' })
export class IepVersionVerificationModel {
  @Field(() => ID) iepId: string;
  @Field(() => Int) version: number;
  @Field() storedDigest: string;
  @Field() computedDigest: string;
  @Field({
    description: 'The content is unchanged since it was frozen, the version and every signature carry valid seals, every signature names '
      + 'its digest and, for the version in force of an ACTIVE IEP, the live parts are the frozen ones.',
  })
  intact: boolean;
  @Field({ description: "The version's seal, made with a key held outside the database, verifies its digest." }) sealed: boolean;
  @Field(() => String, { nullable: true, description: 'Which key sealed the version (keys rotate); null when unsealed.' }) sealKeyId: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'For the version in force of an ACTIVE IEP: whether the live parts are exactly the frozen ones. Null otherwise.',
  })
  liveContentMatches: boolean | null;
  @Field(() => [IepSignatureCheckModel]) signatures: IepSignatureCheckModel[];
  @Field() checkedAt: Date;
}

@ObjectType('IepVersionPartDiff')
export class IepVersionPartDiffModel {
  @Field(() => IepPartKindGql) kind: IepPartKind;
  @Field({ description: 'ADDED, REMOVED or CHANGED.' }) change: string;
  @Field(() => ID, { nullable: true }) fromPartId: string | null;
  @Field(() => ID, { nullable: true }) toPartId: string | null;
  @Field(() => [IepFieldDiffModel]) fields: IepFieldDiffModel[];
}

@ObjectType('IepVersionDiff', { description: 'What an amendment or annual review changes in the IEP it derives from.' })
export class IepVersionDiffModel {
  @Field(() => ID) fromIepId: string;
  @Field(() => Int) fromVersion: number;
  @Field(() => ID) toIepId: string;
  @Field(() => Int, { nullable: true, description: 'Null: the draft as it stands.' }) toVersion: number | null;
  @Field(() => [IepVersionPartDiffModel]) parts: IepVersionPartDiffModel[];
}
