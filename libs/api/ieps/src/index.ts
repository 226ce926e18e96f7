export * from './ieps.module';
export * from './student.entity';
export * from './iep.entity';
export { SchoolModel, IepModel, PersonSummaryModel, IepKindGql } from './models/iep.model';
export { StudentModel } from './models/student.model';
