import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel, UserRoleGql } from '@iep/api/auth';
import type { UserRole } from '@iep/domain';

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link sees before accepting it.' })
export class InvitationPreviewModel {
  @Field() studentFirstName: string;
  @Field() inviterName: string;
  @Field() teamRole: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field() email: string;
  @Field() displayName: string;
  @Field({ description: 'True for a new account (choose a password); false when the person signs in with their own.' })
  needsPassword: boolean;
  @Field({ description: 'When the link stops working.' }) expiresAt: Date;
}

@ObjectType('AcceptInvitationPayload')
export class AcceptInvitationPayload {
  @Field(() => ID, { description: 'The IEP whose team the person joined, to land on.' }) iepId: string;
  @Field(() => UserModel, { description: 'The person, now signed in.' }) user: UserModel;
}
