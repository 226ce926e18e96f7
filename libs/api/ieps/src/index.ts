export * from './ieps.module';
export * from './student.entity';
export * from './iep.entity';
export { SchoolModel } from './models/iep.model';
