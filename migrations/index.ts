import { CreateCoreSchema1763840000000 } from './1763840000000-create-core-schema';
import { CreateAccountsAndMail1763850000000 } from './1763850000000-create-accounts-and-mail';
import { AddStudentNameIndex1763860000000 } from './1763860000000-add-student-name-index';

/**
 * Every migration in order. Listed explicitly rather than globbed, so that the same list runs from
 * compiled code, from tests compiled on the fly and from the TypeORM CLI.
 */
export const migrations = [
  CreateCoreSchema1763840000000,
  CreateAccountsAndMail1763850000000,
  AddStudentNameIndex1763860000000,
];
