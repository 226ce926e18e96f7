export * from './rights.module';
export { MajorityService, type MajoritySweepResult } from './majority.service';
export { RIGHTS_TRANSFERRED_NOTIFICATION } from './majority.messages';
