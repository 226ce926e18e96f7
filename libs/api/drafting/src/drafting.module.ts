import { Module } from '@nestjs/common';
import { DraftingAccessService } from './drafting-access.service';
import { DraftingLoaderFactory } from './drafting.loader';
import { DraftingService } from './drafting.service';
import { PartKinds } from './part-kinds';
import { IepDraftingResolver } from './iep-drafting.resolver';
import { IepPartResolver, IepRevisionResolver } from './iep-part.resolver';
import { IepSuggestionResolver } from './iep-suggestion.resolver';
import { StudentDraftingResolver } from './student-drafting.resolver';
import { SuggestionService } from './suggestion.service';

/** Co-drafting an IEP: parts with versions and history, diffs, quality checks, sharing and suggestions. */
@Module({
  providers: [
    DraftingAccessService, DraftingLoaderFactory, DraftingService, PartKinds, SuggestionService,
    IepDraftingResolver, IepPartResolver, IepRevisionResolver, IepSuggestionResolver, StudentDraftingResolver,
  ],
  exports: [DraftingAccessService, DraftingService],
})
export class DraftingModule {}
