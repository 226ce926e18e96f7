import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { ProgressModule } from '@iep/api/progress';
import { SignoffModule } from '@iep/api/signoff';
import { AdultGuardianshipService } from './guardianship.service';
import { MajorityService } from './majority.service';
import { RecordsDocumentsController } from './records-documents.controller';
import { RecordsExportBuilder } from './records-export';
import { RecordsRequestsService } from './records-requests.service';
import { RecordsResolver } from './records.resolver';
import { RevocationService } from './revocation.service';
import { RightsResolver } from './rights.resolver';
import { SafeguardsService } from './safeguards.service';

/**
 * The family's procedural rights beside the IEP itself: the procedural safeguards notice, records requests,
 * revocation of consent for services and the transfer of rights at majority.
 */
@Module({
  imports: [DeadlinesModule, SignoffModule, ProgressModule],
  controllers: [RecordsDocumentsController],
  providers: [
    RightsResolver, SafeguardsService, RecordsResolver, RecordsRequestsService, RecordsExportBuilder,
    RevocationService, MajorityService, AdultGuardianshipService,
  ],
})
export class RightsModule {}
