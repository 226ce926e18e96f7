import { Module } from '@nestjs/common';
import { AuthModule } from '@iep/api/auth';
import { InvitationResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { TeamAccessService } from './team-access.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';

/** IEP teams: who is on them, invitations by e-mail and their acceptance. */
@Module({
  imports: [AuthModule],
  providers: [TeamAccessService, TeamService, InvitationService, TeamResolver, InvitationResolver],
})
export class TeamsModule {}
