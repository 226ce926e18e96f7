import { Field, ID, InputType } from '@nestjs/graphql';
import { DeadlineKindGql } from '@iep/api/deadlines';
import type { DeadlineKind } from '@iep/domain';

@InputType('ComplianceFilterInput', { description: 'Narrows the compliance dashboard; every field is optional.' })
export class ComplianceFilterInput {
  @Field(() => ID, { nullable: true, description: "A school of the caller's district." })
  schoolId?: string | null;

  @Field(() => ID, { nullable: true, description: "A case manager of the caller's district: the person responsible for the deadlines." })
  caseManagerId?: string | null;

  @Field(() => DeadlineKindGql, { nullable: true })
  kind?: DeadlineKind | null;
}
