export * from './ieps.module';
export * from './student.entity';
export * from './iep.entity';
