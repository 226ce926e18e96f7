import { IepPartKind } from '@iep/domain/iep-content';
import type { PartContent } from './part-fields';

/** The part kinds as the API spells them (the generated GraphQL types use the same strings). */
export type PartKindName = `${IepPartKind}`;

export function partKind(kind: PartKindName): IepPartKind {
  return kind as IepPartKind;
}

export type Person = { id: string; displayName: string };

export type IepPartView = {
  id: string;
  kind: PartKindName;
  position: number;
  content: PartContent;
  version: number;
  unchangedSinceLastYear: boolean;
  updatedAt?: string | null;
  updatedBy?: Person | null;
  changedSinceMyLastView: boolean;
  /** Comment threads on the part; the threads themselves load when its comments panel opens. */
  threadCount: number;
  openThreadCount: number;
  /** The team member who drafts this part; null: the case manager's. */
  assignee?: Person | null;
  /** The signed-in person may edit this part now (the API's decision for this part). */
  viewerCanEdit?: boolean;
};

export type DiffSegmentView = { kind: 'ADDED' | 'REMOVED' | 'UNCHANGED'; text: string };
export type FieldDiffView = { field: string; segments: readonly DiffSegmentView[] };
export type PartDiffView = {
  partId: string;
  kind: PartKindName;
  fromVersion?: number | null;
  toVersion: number;
  fields: readonly FieldDiffView[];
};

export type SuggestionView = {
  id: string;
  partId?: string | null;
  partKind: PartKindName;
  baseVersion?: number | null;
  proposedContent: PartContent;
  rationale?: string | null;
  proposer: Person;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';
  decidedBy?: Person | null;
  decidedAt?: string | null;
  decisionReason?: string | null;
  createdAt: string;
  diff: PartDiffView;
};

export type ViewerView = { person: Person; partId?: string | null; editing: boolean; since: string };

/** What the signed-in person may do on this IEP, as the API decided it for this record. */
export type IepAbilities = {
  canEdit: boolean;
  canSuggest: boolean;
  canDecideSuggestions: boolean;
  canComment: boolean;
};
