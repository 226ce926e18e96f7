import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { SchoolModel } from '@iep/api/ieps';
import { DistrictAdminLoaderFactory } from './district-admin.loader';
import { DistrictScope } from './district-scope.service';
import { DistrictStudentsService } from './district-students.service';
import { AddGuardianInput, CreateStudentInput, DistrictStudentsArgs, RemoveGuardianArgs, SetGuardianRightsInput, UpdateStudentInput } from './dto/district-student.input';
import { DistrictStudentModel, DistrictStudentPageModel, StudentGuardianModel } from './models/district-student.model';

@Resolver(() => DistrictStudentModel)
export class DistrictStudentsResolver {
  constructor(
    private readonly students: DistrictStudentsService,
    private readonly scope: DistrictScope,
    private readonly loaders: DistrictAdminLoaderFactory,
  ) {}

  @Query(() => DistrictStudentPageModel, { description: "Students of the administrator's district, by name, a page at a time." })
  @RequirePermission(Permission.ManageDistrict)
  districtStudents(@Args() args: DistrictStudentsArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentPageModel> {
    return this.students.list(this.scope.actor(user, req), args);
  }

  @Mutation(() => DistrictStudentModel, { description: 'Adds a student to a school of the district.' })
  @RequirePermission(Permission.ManageDistrict)
  createStudent(@Args('input') input: CreateStudentInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentModel> {
    return this.students.create(this.scope.actor(user, req), input);
  }

  @Mutation(() => DistrictStudentModel, { description: "Corrects a student's name, date of birth, grade or school." })
  @RequirePermission(Permission.ManageDistrict)
  updateStudent(@Args('input') input: UpdateStudentInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentModel> {
    return this.students.update(this.scope.actor(user, req), input);
  }

  @Mutation(() => DistrictStudentModel, {
    description: 'Links a parent or guardian to a student, creating their family account (without a password) when the e-mail is new.',
  })
  @RequirePermission(Permission.ManageDistrict)
  addGuardian(@Args('input') input: AddGuardianInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentModel> {
    return this.students.addGuardian(this.scope.actor(user, req), input);
  }

  @Mutation(() => DistrictStudentModel, { description: 'Unlinks a parent or guardian from a student; their account stays.' })
  @RequirePermission(Permission.ManageDistrict)
  removeGuardian(@Args() { studentId, userId }: RemoveGuardianArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentModel> {
    return this.students.removeGuardian(this.scope.actor(user, req), studentId, userId);
  }

  @Mutation(() => DistrictStudentModel, {
    description: "Records whether a student's parent or guardian holds the educational rights (consents to or declines the IEP). Only the district decides this.",
  })
  @RequirePermission(Permission.ManageDistrict)
  setGuardianRights(@Args('input') input: SetGuardianRightsInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictStudentModel> {
    return this.students.setGuardianRights(this.scope.actor(user, req), input);
  }

  @ResolveField(() => SchoolModel)
  async school(@Parent() student: DistrictStudentModel, @Context() { req }: GraphQLContext): Promise<SchoolModel> {
    return (await this.loaders.forRequest(req).school.load(student.schoolId))!;
  }

  @ResolveField(() => [StudentGuardianModel], { description: 'Rights holders first, then by name.' })
  guardians(@Parent() student: DistrictStudentModel, @Context() { req }: GraphQLContext): Promise<StudentGuardianModel[]> {
    return this.loaders.forRequest(req).guardians.load(student.id);
  }
}
