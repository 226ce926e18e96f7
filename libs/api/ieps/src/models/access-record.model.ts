import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserRoleGql } from '@iep/api/auth';
import type { UserRole } from '@iep/domain';

@ObjectType('AccessRecordEntry', {
  description: "One access to a student's records: who, in what role, when and what (34 CFR 300.614).",
})
export class AccessRecordEntryModel {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => String, { nullable: true, description: 'Null for what IEP Team did by itself, such as computing deadlines (accounts are never deleted).' })
  actorName: string | null;
  @Field(() => UserRoleGql, { nullable: true }) actorRole: UserRole | null;
  @Field({ description: 'The audited event, e.g. IEP_VIEWED; the client words it in the reader’s language.' })
  event: string;
  @Field(() => ID, { nullable: true }) iepId: string | null;
}

@ObjectType('AccessRecordPage')
export class AccessRecordPageModel {
  @Field(() => [AccessRecordEntryModel]) entries: AccessRecordEntryModel[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `before` for older entries; null at the end.',
  })
  nextCursor: string | null;
  @Field(() => Int) totalCount: number;
}
