import { Module } from '@nestjs/common';
import { CollabAccessService } from './collab-access.service';
import { CollabLoaderFactory } from './collab.loader';
import { CommentThreadResolver } from './comment-thread.resolver';
import { CommentThreadService } from './comment-thread.service';
import { IepActivityResolver } from './iep-activity.resolver';
import { IepCollabResolver, IepViewerResolver } from './iep-collab.resolver';
import { PresenceService } from './presence.service';

/** Working on an IEP together: comment threads, mentions and assignments, who is viewing, and live activity. */
@Module({
  providers: [
    CollabAccessService,
    CollabLoaderFactory,
    CommentThreadService,
    PresenceService,
    CommentThreadResolver,
    IepCollabResolver,
    IepViewerResolver,
    IepActivityResolver,
  ],
})
export class CollabModule {}
