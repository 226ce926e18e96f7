import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UndeliveredEmail', {
  description: 'An e-mail to someone in the district that the mail server refused or never took, after every attempt.',
})
export class UndeliveredEmailModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The address it was sent to.' }) to: string;
  @Field(() => String, { nullable: true, description: "The recipient's name, when the address belongs to an account." })
  recipientName: string | null;
  @Field() subject: string;
  @Field({ description: "The mail server's last answer, or why no answer came (e.g. a timeout)." }) reason: string;
  @Field(() => Int) attempts: number;
  @Field({ description: 'When the message was written.' }) createdAt: Date;
  @Field({ description: 'When the last attempt gave up.' }) failedAt: Date;
}
