import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { CaseloadRepository } from './caseload.repository';
import { CaseloadResolver } from './caseload.resolver';
import { CaseloadService } from './caseload.service';

/** Caseloads: a case manager's day, and the district moving students between case managers. */
@Module({
  imports: [DeadlinesModule],
  providers: [CaseloadRepository, CaseloadService, CaseloadResolver],
})
export class CaseloadModule {}
