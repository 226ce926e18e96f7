export { CaseloadModule } from './caseload.module';
