export * from './drafting.module';
export { DraftingAccessService, capabilitiesOf, type DraftingCapabilities, type IepFacts } from './drafting-access.service';
export { IepFieldDiffModel, IepPartModel, IepPartKindGql } from './models/iep-part.model';
export { DraftingService, IEP_SHARED_NOTIFICATION } from './drafting.service';
export { SUGGESTION_DECIDED_NOTIFICATION, SUGGESTION_PROPOSED_NOTIFICATION } from './suggestion.service';
