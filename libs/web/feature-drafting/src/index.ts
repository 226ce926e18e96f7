export { draftingFeature } from './drafting-feature';
// For sign-off, which shows a version's parts and their changes as the editor does.
export { DiffView } from './iep/diff-view';
export { PartReadView } from './iep/part-read-view';
export type { FieldDiffView, PartKindName } from './iep/types';
export { useIepText } from './iep/use-iep-text';
