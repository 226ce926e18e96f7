import { Injectable } from '@nestjs/common';
import { RecordAccessService } from '@iep/api/access';
import type { AuthUser } from '@iep/api/core';
import { IepAction, mayAct } from '@iep/domain';
import type { TeamCapabilities } from './team-rules';

/**
 * Decides, for a whole list of IEPs at once, what the caller may do with each team, from the one
 * policy: managing it is the IEP's case manager's or the district representative's (MANAGE_TEAM);
 * a guardian invites guests of the family's own (INVITE_GUEST).
 */
@Injectable()
export class TeamAccessService {
  constructor(
    private readonly records: RecordAccessService,
  ) {}

  /** Only IEPs the caller may see are in the map; what they may do follows IEP_POLICY. */
  async capabilities(user: AuthUser, iepIds: readonly string[]): Promise<Map<string, TeamCapabilities>> {
    const standings = await this.records.standings(user, iepIds);
    return new Map(
      [...standings]
        .filter(([, standing]) => mayAct(standing, IepAction.Read))
        .map(([id, standing]) => [id, {
          manage: mayAct(standing, IepAction.ManageTeam),
          guardian: !mayAct(standing, IepAction.ManageTeam) && mayAct(standing, IepAction.InviteGuest),
        }]),
    );
  }
}
