export * from './progress.module';
export { ProgressReportDocumentsService } from './progress-report-documents.service';
// Service delivery's group session records its data points with its sessions, in one transaction.
export { ProgressRepository, type GoalRow } from './progress.repository';
export { standingOnPart } from './progress.service';
