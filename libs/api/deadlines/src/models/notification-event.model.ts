import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationEvent', {
  description: 'The signed-in person has something new in their bell. No content: refetch the bell to read it.',
})
export class NotificationEventModel {
  @Field({ description: 'When the newest of the new notifications was written.' }) at: Date;
}
