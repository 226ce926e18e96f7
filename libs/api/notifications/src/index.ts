export * from './outbox.service';
export * from './notification.service';
export * from './notifications.module';
