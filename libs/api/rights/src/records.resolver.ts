import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { PrepareRecordsExportInput, RequestRecordsInput } from './dto/records.inputs';
import { StudentRecordsRequestsModel } from './models/records-request.model';
import { RecordsRequestsService } from './records-requests.service';

@Resolver(() => StudentRecordsRequestsModel)
export class RecordsResolver {
  constructor(private readonly requests: RecordsRequestsService) {}

  @Query(() => StudentRecordsRequestsModel, {
    description: "A student's records requests (34 CFR 300.613): for the rights-holding parents, the case manager and the district's staff.",
  })
  @RequirePermission(Permission.ReadStudentRecords)
  studentRecordsRequests(@Args('studentId', { type: () => ID }) studentId: string, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.requests.view(user, studentId, requestMeta(req));
  }

  @Mutation(() => StudentRecordsRequestsModel, {
    description: 'Asks to inspect the student’s education records: starts the records deadline of the state profile, due before the next IEP meeting if that comes first.',
  })
  @RequirePermission(Permission.RequestRecords)
  requestRecords(@Args('input') input: RequestRecordsInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.requests.request(user, input, requestMeta(req));
  }

  @Mutation(() => StudentRecordsRequestsModel, {
    description: 'Answers a records request with one ZIP of the student’s records and a manifest of SHA-256 digests; the family is told it is ready.',
  })
  @RequirePermission(Permission.FulfilRecordsRequest)
  prepareRecordsExport(@Args('input') input: PrepareRecordsExportInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext) {
    return this.requests.prepare(user, input.requestId, requestMeta(req));
  }
}
