export * from './drafting.module';
export { type DraftingCapabilities, type IepFacts } from './drafting-access.service';
export { IepFieldDiffModel, IepPartKindGql } from './models/iep-part.model';
export { DraftingService } from './drafting.service';
