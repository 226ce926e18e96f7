export * from './audit-event';
export * from './audit.service';
export * from './audit.module';
