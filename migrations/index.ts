import { CreateCoreSchema1763840000000 } from './1763840000000-create-core-schema';
import { CreateAccountsAndMail1763850000000 } from './1763850000000-create-accounts-and-mail';
import { AddStudentNameIndex1763860000000 } from './1763860000000-add-student-name-index';
import { AddInvitationMembershipExpiry1763865000000 } from './1763865000000-add-invitation-membership-expiry';
import { CreateDeadlines1763870000000 } from './1763870000000-create-deadlines';
import { CreateIepDrafting1763880000000 } from './1763880000000-create-iep-drafting';

/**
 * Every migration in order. Listed explicitly rather than globbed, so that the same list runs from
 * compiled code, from tests compiled on the fly and from the TypeORM CLI.
 */
export const migrations = [
  CreateCoreSchema1763840000000,
  CreateAccountsAndMail1763850000000,
  AddStudentNameIndex1763860000000,
  AddInvitationMembershipExpiry1763865000000,
  CreateDeadlines1763870000000,
  CreateIepDrafting1763880000000,
];
