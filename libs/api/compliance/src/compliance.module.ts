import { Module } from '@nestjs/common';
import { ComplianceExportController } from './compliance-export.controller';
import { ComplianceDeadlineResolver, ComplianceResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';

/** The district compliance dashboard and its CSV export. */
@Module({
  providers: [ComplianceService, ComplianceResolver, ComplianceDeadlineResolver],
  controllers: [ComplianceExportController],
})
export class ComplianceModule {}
