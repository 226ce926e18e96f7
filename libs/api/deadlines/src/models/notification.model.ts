import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', { description: 'An in-app notification of the signed-in person (the bell).' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field({ description: 'What it is about, e.g. DEADLINE_REMINDER or DEADLINE_ESCALATION.' }) kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Where in the app it leads.' }) link: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

