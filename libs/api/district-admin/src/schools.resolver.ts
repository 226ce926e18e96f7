import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { SchoolModel } from '@iep/api/ieps';
import { CreateSchoolArgs, RenameSchoolArgs } from './dto/school.args';
import { DistrictScope } from './district-scope.service';
import { SchoolsService } from './schools.service';

@Resolver(() => SchoolModel)
export class SchoolsResolver {
  constructor(
    private readonly service: SchoolsService,
    private readonly scope: DistrictScope,
  ) {}

  @Query(() => [SchoolModel], { description: "The schools of the caller's own district, by name." })
  @RequirePermission(Permission.ReadDistrictSchools)
  async schools(@CurrentUser() user: AuthUser): Promise<SchoolModel[]> {
    return user.districtId ? this.service.list(user.districtId) : [];
  }

  @Mutation(() => SchoolModel, { description: 'Adds a school to the district. A name already in use is a CONFLICT.' })
  @RequirePermission(Permission.ManageDistrict)
  createSchool(@Args() { name }: CreateSchoolArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<SchoolModel> {
    return this.service.create(this.scope.actor(user, req), name);
  }

  @Mutation(() => SchoolModel, { description: 'Renames a school of the district. A name already in use is a CONFLICT.' })
  @RequirePermission(Permission.ManageDistrict)
  renameSchool(@Args() { id, name }: RenameSchoolArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<SchoolModel> {
    return this.service.rename(this.scope.actor(user, req), id, name);
  }
}
