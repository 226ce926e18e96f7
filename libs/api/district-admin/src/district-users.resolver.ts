import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RequirePermission } from '@iep/api/access';
import type { AuthUser, GraphQLContext } from '@iep/api/core';
import { DistrictScope } from './district-scope.service';
import { DistrictUsersService } from './district-users.service';
import { CreateStaffUserInput, DistrictUsersArgs, UpdateUserInput, UserIdArgs } from './dto/district-user.input';
import { DistrictUserModel, DistrictUserPageModel } from './models/district-user.model';

@Resolver(() => DistrictUserModel)
export class DistrictUsersResolver {
  constructor(
    private readonly users: DistrictUsersService,
    private readonly scope: DistrictScope,
  ) {}

  @Query(() => DistrictUserPageModel, { description: "Accounts of the administrator's district, by name, a page at a time." })
  @RequirePermission(Permission.ManageDistrict)
  districtUsers(@Args() args: DistrictUsersArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictUserPageModel> {
    return this.users.list(this.scope.actor(user, req), args);
  }

  @Mutation(() => DistrictUserModel, {
    description: 'Creates a staff account without a password; the person sets one with "Forgot your password?". A used e-mail is a CONFLICT.',
  })
  @RequirePermission(Permission.ManageDistrict)
  createStaffUser(@Args('input') input: CreateStaffUserInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictUserModel> {
    return this.users.create(this.scope.actor(user, req), input);
  }

  @Mutation(() => DistrictUserModel, { description: "Changes an account's name, role, specialty or language." })
  @RequirePermission(Permission.ManageDistrict)
  updateUser(@Args('input') input: UpdateUserInput, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictUserModel> {
    return this.users.update(this.scope.actor(user, req), input);
  }

  @Mutation(() => DistrictUserModel, { description: 'Stops an account at once: every session ends and sign-in is refused until reactivated.' })
  @RequirePermission(Permission.ManageDistrict)
  deactivateUser(@Args() { id }: UserIdArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictUserModel> {
    return this.users.setActive(this.scope.actor(user, req), id, false);
  }

  @Mutation(() => DistrictUserModel, { description: 'Lets a deactivated account sign in again.' })
  @RequirePermission(Permission.ManageDistrict)
  reactivateUser(@Args() { id }: UserIdArgs, @CurrentUser() user: AuthUser, @Context() { req }: GraphQLContext): Promise<DistrictUserModel> {
    return this.users.setActive(this.scope.actor(user, req), id, true);
  }
}
