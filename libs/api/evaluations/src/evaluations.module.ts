import { Module } from '@nestjs/common';
import { DeadlinesModule } from '@iep/api/deadlines';
import { DraftingModule } from '@iep/api/drafting';
import { SignoffModule } from '@iep/api/signoff';
import { EvaluationAccessService } from './evaluation-access.service';
import { EvaluationDocumentsController } from './evaluation-documents.controller';
import { EvaluationReadService } from './evaluation-read.service';
import { EvaluationResolver } from './evaluation.resolver';
import { EvaluationService } from './evaluation.service';

/** Before the IEP: referral, consent to evaluate, the plan and reports, the timeline, eligibility, the first IEP; reevaluation. */
@Module({
  imports: [DeadlinesModule, DraftingModule, SignoffModule],
  controllers: [EvaluationDocumentsController],
  providers: [EvaluationAccessService, EvaluationReadService, EvaluationService, EvaluationResolver],
})
export class EvaluationsModule {}
