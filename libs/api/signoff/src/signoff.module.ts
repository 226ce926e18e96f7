import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { DocumentsController } from './documents.controller';
import { ElectronicRecordsService } from './electronic-records.service';
import { IepLifecycleService } from './iep-lifecycle.service';
import { IepVersionsService } from './iep-versions.service';
import { PriorWrittenNoticeService } from './prior-written-notice.service';
import { SignoffAccessService } from './signoff-access.service';
import { SignoffLoaderFactory } from './signoff.loader';
import {
  IepDecisionFieldsResolver,
  IepSignatureFieldsResolver,
  IepSignoffFieldsResolver,
  IepVersionFieldsResolver,
  PriorWrittenNoticeFieldsResolver,
  SignoffResolver,
} from './signoff.resolver';
import { SignoffService } from './signoff.service';

/** Sign-off: finalizing into a frozen version, the parent's decision and e-signature, notices, PDFs. */
@Module({
  imports: [DeadlinesModule],
  controllers: [DocumentsController],
  providers: [
    SignoffAccessService, IepLifecycleService, IepVersionsService, ElectronicRecordsService, PriorWrittenNoticeService, SignoffService,
    SignoffLoaderFactory, SignoffResolver, IepSignoffFieldsResolver, IepVersionFieldsResolver, IepDecisionFieldsResolver,
    IepSignatureFieldsResolver, PriorWrittenNoticeFieldsResolver,
  ],
  exports: [IepLifecycleService, SignoffService],
})
export class SignoffModule {}
