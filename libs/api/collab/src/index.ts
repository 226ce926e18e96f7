export * from './collab.module';
export * from './live-transport';
export { MENTION_NOTIFICATION, ASSIGNMENT_NOTIFICATION } from './comment-notices';
export { PRESENCE_TTL_MS } from './presence.service';
