export * from './iep-live-event';
export * from './iep-live.service';
export * from './live.module';
export * from './notification-signal.service';
export * from './guarded-stream';
export * from './live-session';
