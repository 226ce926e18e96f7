import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Permission, RateLimited, RequirePermission } from '@iep/api/access';
import { requestMeta, type AuthUser, type GraphQLContext } from '@iep/api/core';
import { CommentThreadService } from './comment-thread.service';
import { AssignIepCommentThreadInput, ReplyToIepCommentThreadInput, StartIepCommentThreadInput } from './dto/comment-thread.input';
import { IepCommentModel, IepCommentThreadModel } from './models/iep-comment-thread.model';

@Resolver(() => IepCommentThreadModel)
export class CommentThreadResolver {
  constructor(private readonly threads: CommentThreadService) {}

  @Mutation(() => IepCommentThreadModel, {
    description: 'Starts a comment thread on a section, goal or service of an IEP being drafted; mentioned people and the assignee are notified.',
  })
  @RequirePermission(Permission.CommentOnIep)
  @RateLimited('commentUser')
  startIepCommentThread(
    @Args('input') input: StartIepCommentThreadInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentThreadModel> {
    return this.threads.start(user, input, requestMeta(req));
  }

  @Mutation(() => IepCommentModel, { description: 'Answers a comment thread; mentioned people are notified.' })
  @RequirePermission(Permission.CommentOnIep)
  @RateLimited('commentUser')
  replyToIepCommentThread(
    @Args('input') input: ReplyToIepCommentThreadInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentModel> {
    return this.threads.reply(user, input, requestMeta(req));
  }

  @Mutation(() => IepCommentThreadModel, {
    description: 'Gives a thread to someone who works on the IEP to follow up (they are notified), or takes it away with a null assignee.',
  })
  @RequirePermission(Permission.CommentOnIep)
  assignIepCommentThread(
    @Args('input') input: AssignIepCommentThreadInput,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentThreadModel> {
    return this.threads.assign(user, input, requestMeta(req));
  }

  @Mutation(() => IepCommentThreadModel, { description: 'Marks a thread as settled. Its author, assignee or the school staff.' })
  @RequirePermission(Permission.CommentOnIep)
  resolveIepCommentThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentThreadModel> {
    return this.threads.resolve(user, threadId, requestMeta(req));
  }

  @Mutation(() => IepCommentThreadModel, { description: 'Opens a resolved thread again. Its author, assignee or the school staff.' })
  @RequirePermission(Permission.CommentOnIep)
  reopenIepCommentThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @CurrentUser() user: AuthUser,
    @Context() { req }: GraphQLContext,
  ): Promise<IepCommentThreadModel> {
    return this.threads.reopen(user, threadId, requestMeta(req));
  }
}
