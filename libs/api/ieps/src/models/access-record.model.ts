import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRoleGql } from '@iep/api/auth';
import type { UserRole } from '@iep/domain';

@ObjectType('AccessRecordEntry', {
  description:
    "Accesses to a student's records (34 CFR 300.614): who, in what role, what and when. One line stands for every access by " +
    'the same person, of the same kind, to the same IEP on the same day (UTC), so a parent reads a few lines, not hundreds.',
})
export class AccessRecordEntryModel {
  @Field(() => ID, { description: 'The newest access of the line; pass as `before` to read on from it.' }) id: string;
  @Field({ description: 'The newest access of the line.' }) occurredAt: Date;
  @Field({ description: 'The first access of the line.' }) firstOccurredAt: Date;
  @Field(() => Int, { description: 'How many accesses the line stands for.' }) count: number;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true, description: 'Null for what IEP Team did by itself, such as computing deadlines (accounts are never deleted).' })
  actorName: string | null;
  @Field(() => UserRoleGql, { nullable: true }) actorRole: UserRole | null;
  @Field({ description: 'The audited event, e.g. IEP_VIEWED; the client words it in the reader’s language.' })
  event: string;
  @Field(() => ID, { nullable: true }) iepId: string | null;
}

@ObjectType('AccessRecordActor', { description: 'Someone who accessed the records: a choice for the "who" filter.' })
export class AccessRecordActorModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => UserRoleGql, { nullable: true }) role: UserRole | null;
}

@ObjectType('AccessRecordPage')
export class AccessRecordPageModel {
  @Field(() => [AccessRecordActorModel], { description: 'Everyone in the record (whatever the filters), for the "who" filter.' })
  actors: AccessRecordActorModel[];
  @Field(() => [String], { description: 'Every kind of access in the record (whatever the filters), for the "what" filter.' })
  events: string[];
  @Field(() => [AccessRecordEntryModel]) entries: AccessRecordEntryModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `before` for older entries; null at the end.',
  })
  nextCursor: string | null;
  @Field(() => Int, { description: 'Accesses (not lines) matching the filters, from the cursor on.' }) totalCount: number;
}
