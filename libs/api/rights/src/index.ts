export * from './rights.module';
export { MajorityService, type MajoritySweepResult } from './majority.service';
