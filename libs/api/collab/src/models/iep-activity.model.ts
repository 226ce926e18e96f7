import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IepLiveEventKind } from '@iep/api/live';

// Keyed by kind, so that a kind added to the live events cannot be forgotten here.
const IEP_ACTIVITY_KINDS: { [K in IepLiveEventKind]: K } = {
  PART_SAVED: 'PART_SAVED',
  PART_ADDED: 'PART_ADDED',
  PART_REMOVED: 'PART_REMOVED',
  PART_ASSIGNED: 'PART_ASSIGNED',
  COMMENT_ADDED: 'COMMENT_ADDED',
  THREAD_UPDATED: 'THREAD_UPDATED',
  SUGGESTION_CREATED: 'SUGGESTION_CREATED',
  SUGGESTION_DECIDED: 'SUGGESTION_DECIDED',
  IEP_UPDATED: 'IEP_UPDATED',
  PRESENCE_CHANGED: 'PRESENCE_CHANGED',
};
registerEnumType(IEP_ACTIVITY_KINDS, {
  name: 'IepActivityKind',
  description: 'What happened on an IEP: a part saved, added, removed or assigned, a comment or thread change, a suggestion, or who is viewing.',
});

@ObjectType('IepActivity', {
  description: 'Something that happened on an IEP, told to everyone viewing it. Only ids: refetch what you need, with your own access.',
})
export class IepActivityModel {
  @Field(() => ID) iepId: string;
  @Field(() => IEP_ACTIVITY_KINDS) kind: IepLiveEventKind;
  @Field(() => ID, { nullable: true, description: 'The part, thread or suggestion the activity is about, when there is one.' })
  subjectId: string | null;
  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system.' }) actorId: string | null;
  @Field() at: Date;
}
