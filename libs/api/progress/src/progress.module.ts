import { Module } from '@nestjs/common';
import { APP_CONFIG, SEALER, Sealer, type AppConfig } from '@iep/api/core';
import { DeadlinesModule } from '@iep/api/deadlines';
import { ProgressReportDocumentsController } from './progress-report-documents.controller';
import { ProgressReportDocumentsService } from './progress-report-documents.service';
import { ProgressReportRepository } from './progress-report.repository';
import { ProgressReportResolver } from './progress-report.resolver';
import { ProgressReportService } from './progress-report.service';
import { ProgressRepository } from './progress.repository';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

/**
 * Progress monitoring on the goals of an IEP in force (data points, corrections, trend, flags and their
 * acknowledgments) and the progress reports sent to the family from them.
 */
@Module({
  imports: [DeadlinesModule],
  providers: [
    // A sent report is sealed like a signed IEP, with the same keys.
    { provide: SEALER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => Sealer.fromConfig(config.SEAL_KEYS) },
    ProgressRepository, ProgressService, ProgressResolver,
    ProgressReportRepository, ProgressReportService, ProgressReportResolver, ProgressReportDocumentsService,
  ],
  controllers: [ProgressReportDocumentsController],
  // The export of a student's records includes the reports sent to the family.
  exports: [ProgressReportDocumentsService],
})
export class ProgressModule {}
