export * from './permission';
export * from './decorators';
export * from './access.guard';
export * from './record-access.service';
export * from './access.module';
export * from './rate-limit.guard';
export * from './iep-standing';
