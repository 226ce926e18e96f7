import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonSummaryModel } from '@iep/api/ieps';

@ObjectType('IepComment', { description: 'One comment of a thread.' })
export class IepCommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) threadId: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => PersonSummaryModel) author: PersonSummaryModel;
  @Field(() => [PersonSummaryModel], { description: 'The people the comment mentions.' }) mentions: PersonSummaryModel[];
  iepId: string;
  authorId: string;
}

@ObjectType('IepCommentThread', {
  description: 'A discussion anchored to one part of an IEP (a section, goal or service), optionally to a quoted passage of it.',
})
export class IepCommentThreadModel {
  @Field(() => ID) id: string;
  @Field(() => ID) iepId: string;
  @Field(() => ID, { nullable: true, description: 'The part the thread is about; null only for threads about the IEP as a whole.' })
  partId: string | null;
  @Field(() => String, { nullable: true, description: 'The passage of the part the thread is about, as it read when the thread started.' })
  quote: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  // People and comments arrive with the thread (thread-documents.ts): plain properties, no resolver per item.
  @Field(() => PersonSummaryModel) createdBy: PersonSummaryModel;
  @Field(() => PersonSummaryModel, { nullable: true }) assignee: PersonSummaryModel | null;
  @Field(() => PersonSummaryModel, { nullable: true }) resolvedBy: PersonSummaryModel | null;
  @Field(() => [IepCommentModel], { description: 'Every comment of the thread, oldest first.' }) comments: IepCommentModel[];
  createdById: string;
  assigneeId: string | null;
  resolvedById: string | null;
}
