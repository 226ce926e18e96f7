export * from './iep-live-event';
export * from './iep-live.service';
export * from './live.module';
