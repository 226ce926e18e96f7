export * from './progress.module';
export { ProgressReportDocumentsService } from './progress-report-documents.service';
