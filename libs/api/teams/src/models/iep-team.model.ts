import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserRoleGql } from '@iep/api/auth';
import type { UserRole } from '@iep/domain';

@ObjectType('TeamMember', { description: 'A person on an IEP team: a member, or a guardian of the student. No contact details.' })
export class TeamMemberModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field({ description: 'What the person does on this team, e.g. "Speech-language pathologist" or "Parent advocate".' })
  teamRole: string;
  @Field(() => String, { nullable: true, description: 'Who invited the person, when they joined by invitation.' })
  invitedByName: string | null;
  @Field(() => Date, { nullable: true, description: "When the person's access ends (guests); null when it does not." })
  expiresAt: Date | null;
  @Field({ description: "The IEP's case manager, who cannot be removed from the team." })
  isCaseManager: boolean;
  @Field({ description: 'A guardian of the student: on every IEP team of the student, not removable here.' })
  isGuardian: boolean;
}

@ObjectType('TeamInvitation', { description: 'An invitation to an IEP team that has not been accepted yet.' })
export class TeamInvitationModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field(() => UserRoleGql) role: UserRole;
  @Field() teamRole: string;
  @Field() invitedByName: string;
  @Field() sentAt: Date;
  @Field({ description: 'When the invitation link stops working.' }) expiresAt: Date;
}

@ObjectType('IepTeam', { description: "The people on one IEP's team, and what the caller may change about it." })
export class IepTeamModel {
  @Field(() => ID) iepId: string;
  @Field() studentFirstName: string;
  @Field(() => [TeamMemberModel], { description: 'Case manager first, then guardians, then everyone else by name.' })
  members: TeamMemberModel[];
  @Field(() => [TeamInvitationModel], {
    description: "Invitations waiting for an answer: all of them for those who manage the team, a parent's own for a parent.",
  })
  pendingInvitations: TeamInvitationModel[];
  @Field({ description: 'Whether the caller may remove members and withdraw invitations.' })
  viewerCanManage: boolean;
  @Field(() => [UserRoleGql], { description: 'The roles the caller may invite; empty when they may invite nobody.' })
  invitableRoles: UserRole[];
}
