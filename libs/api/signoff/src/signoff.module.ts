import { Module } from '@nestjs/common';
import { APP_CONFIG, SEALER, Sealer, type AppConfig } from '@iep/api/core';
import { DeadlinesModule } from '@iep/api/deadlines';
import { DocumentsController } from './documents.controller';
import { NoticeDocumentsController } from './notice-documents.controller';
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
import { StudentDocumentsService } from './student-documents.service';

/** Sign-off: finalizing into a frozen version, the parent's decision and e-signature, notices, PDFs. */
@Module({
  imports: [DeadlinesModule],
  controllers: [DocumentsController, NoticeDocumentsController],
  providers: [
    // The API refuses to start without SEAL_KEYS: it would freeze versions and signatures it cannot seal.
    { provide: SEALER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => Sealer.fromConfig(config.SEAL_KEYS) },
    SignoffAccessService, IepLifecycleService, IepVersionsService, ElectronicRecordsService, PriorWrittenNoticeService, SignoffService,
    SignoffLoaderFactory, SignoffResolver, IepSignoffFieldsResolver, IepVersionFieldsResolver, IepDecisionFieldsResolver,
    IepSignatureFieldsResolver, PriorWrittenNoticeFieldsResolver, StudentDocumentsService,
  ],
  exports: [IepLifecycleService, SignoffService, PriorWrittenNoticeService, StudentDocumentsService],
})
export class SignoffModule {}
