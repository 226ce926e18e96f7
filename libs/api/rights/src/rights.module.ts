import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { SignoffModule } from '@iep/api/signoff';
import { RecordsDocumentsController } from './records-documents.controller';
import { RecordsExportBuilder } from './records-export';
import { RecordsRequestsService } from './records-requests.service';
import { RecordsResolver } from './records.resolver';
import { RightsResolver } from './rights.resolver';
import { SafeguardsService } from './safeguards.service';

/** The family's procedural rights beside the IEP itself: the procedural safeguards notice, and records requests. */
@Module({
  imports: [DeadlinesModule, SignoffModule],
  controllers: [RecordsDocumentsController],
  providers: [RightsResolver, SafeguardsService, RecordsResolver, RecordsRequestsService, RecordsExportBuilder],
})
export class RightsModule {}
