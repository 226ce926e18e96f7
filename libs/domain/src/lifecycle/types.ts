import type { Localized } from '../localized';
import type { IepKind, IepStatus, UserRole } from '../roles';
import type { CanonicalJsonValue } from './canonical-json';

// Calendar dates are 'YYYY-MM-DD' in the district's own calendar; instants are ISO 8601 with a zone.
// Plain strings rather than Date objects so that a state survives a JSON round trip unchanged.

/** A proposed version, frozen: nothing may change it once it exists. */
export interface IepVersion {
  readonly number: number;
  /** Hex SHA-256 of `canonicalJson(content)`. */
  readonly digest: string;
  readonly frozenAt: string;
  readonly content: CanonicalJsonValue;
}

export interface OpenProposal {
  readonly version: number;
  readonly proposedOn: string;
}

/** Which version is (or was) in force, and on what legal basis. */
export interface EffectiveVersion {
  readonly version: number;
  readonly effectiveOn: string;
  readonly basis: 'PARENT_CONSENT' | 'NOTICE_ELAPSED';
  /** Null when the IEP took effect after notice, without a signature. */
  readonly signedOn: string | null;
  /** Items of the version the parent did not consent to: they are not in force. */
  readonly exceptedItemIds: readonly string[];
}

export type LifecycleActorLabel = UserRole | 'SYSTEM';

export type LifecycleRecord =
  | {
      readonly type: 'PROPOSED';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
    }
  | {
      readonly type: 'WITHDRAWN';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
    }
  | {
      readonly type: 'REVIEWED_BY_PARENT';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
    }
  | {
      readonly type: 'DECLINED';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
      readonly reasons: readonly string[];
    }
  | {
      readonly type: 'CONSENTED';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
      readonly signedOn: string;
      readonly exceptedItemIds: readonly string[];
    }
  | {
      readonly type: 'TOOK_EFFECT_AFTER_NOTICE';
      readonly version: number;
      readonly at: string;
      readonly by: LifecycleActorLabel;
      readonly noticeGivenOn: string;
      readonly noticeDays: number;
      readonly effectiveOn: string;
    }
  | { readonly type: 'SUPERSEDED'; readonly at: string; readonly byIepId: string }
  | { readonly type: 'EXPIRED'; readonly at: string; readonly annualReviewDueOn: string };

/** The lifecycle of one IEP document. Values are immutable; `transition` returns a new one. */
export interface IepLifecycleState {
  readonly iepId: string;
  readonly studentId: string;
  readonly kind: IepKind;
  readonly status: IepStatus;
  /** The IEP this one amends or reviews; null only for an INITIAL IEP. */
  readonly derivedFromIepId: string | null;
  readonly versions: readonly IepVersion[];
  /** Set exactly while the status is PROPOSED. */
  readonly proposal: OpenProposal | null;
  /** Set from the moment the IEP takes effect, and kept once it is SUPERSEDED or EXPIRED. */
  readonly effective: EffectiveVersion | null;
  readonly supersededByIepId: string | null;
  readonly history: readonly LifecycleRecord[];
}

export interface LifecycleQualityIssue {
  readonly id: string;
  readonly message: string;
}

/** The result of the IEP quality checks run over the content about to be frozen. */
export interface LifecycleQualityCheck {
  readonly errors: readonly LifecycleQualityIssue[];
  readonly warnings: readonly LifecycleQualityIssue[];
}

export type LifecycleCommand =
  | {
      readonly type: 'FINALIZE';
      /** The draft content to freeze; must be plain JSON. */
      readonly content: unknown;
      readonly qualityCheck: LifecycleQualityCheck;
      readonly acknowledgedWarningIds: readonly string[];
    }
  | { readonly type: 'WITHDRAW' }
  | { readonly type: 'MARK_REVIEWED' }
  | { readonly type: 'CONSENT'; readonly signedOn: string }
  | {
      readonly type: 'CONSENT_WITH_EXCEPTIONS';
      readonly signedOn: string;
      readonly exceptedItemIds: readonly string[];
    }
  | { readonly type: 'DECLINE'; readonly reasons: readonly string[] }
  | { readonly type: 'TAKE_EFFECT_AFTER_NOTICE'; readonly noticeGivenOn: string; readonly noticeDays: number }
  | { readonly type: 'START_AMENDMENT' }
  | { readonly type: 'START_ANNUAL_REVIEW' }
  | { readonly type: 'SUPERSEDE'; readonly byIepId: string }
  | { readonly type: 'EXPIRE'; readonly annualReviewDueOn: string };

export type LifecycleCommandType = LifecycleCommand['type'];

/**
 * Who issues a command. Record-level access (on this student's team, guardian of this student) is decided
 * by the caller before `transition`; the lifecycle only decides what the role and the rights allow.
 */
export type LifecycleActor =
  | { readonly kind: 'SYSTEM' }
  | {
      readonly kind: 'USER';
      readonly role: UserRole;
      /** The parent, or the student once rights have transferred at the age of majority. */
      readonly holdsEducationalRights: boolean;
    };

export interface LifecycleContext {
  readonly actor: LifecycleActor;
  /** Instant recorded as `frozenAt` and in the history. */
  readonly now: string;
  /** The district's calendar date today. */
  readonly today: string;
  /** Per-state rule; absent means true, the rule in the seed states. */
  readonly requiresParentSignature?: boolean;
  /** The student's IEP that is ACTIVE right now, if any (possibly this one). */
  readonly activeIepId: string | null;
}

export type LifecycleEffect =
  | {
      readonly type: 'FREEZE_VERSION';
      readonly iepId: string;
      readonly version: number;
      readonly digest: string;
    }
  | {
      readonly type: 'NOTIFY_PARENT';
      readonly iepId: string;
      readonly version: number;
      readonly reason: 'PROPOSED' | 'WITHDRAWN';
    }
  | {
      readonly type: 'CREATE_AMENDMENT_DRAFT';
      readonly studentId: string;
      readonly fromIepId: string;
      readonly fromVersion: number;
      /** Empty when the team starts an amendment; the parent's exceptions otherwise. */
      readonly exceptedItemIds: readonly string[];
    }
  | {
      readonly type: 'CREATE_ANNUAL_REVIEW_DRAFT';
      readonly studentId: string;
      readonly fromIepId: string;
      readonly fromVersion: number;
    }
  | { readonly type: 'SUPERSEDE'; readonly iepId: string; readonly byIepId: string }
  | {
      readonly type: 'START_SERVICE_CLOCK';
      readonly iepId: string;
      readonly startsOn: string;
      readonly signedOn: string | null;
    }
  | {
      readonly type: 'REPORT_COMPLIANCE_BREACH';
      readonly iepId: string;
      readonly breach: 'ANNUAL_REVIEW_MISSED';
      readonly dueOn: string;
    };

export type LifecycleErrorCode = 'ILLEGAL_TRANSITION' | 'BAD_INPUT' | 'FORBIDDEN';

export interface LifecycleError {
  readonly code: LifecycleErrorCode;
  /** In English, as logs and tests read it: always `localized.en`. */
  readonly message: string;
  /** The message in every language people read, for the API to answer in the reader's. */
  readonly localized: Localized;
  /** The quality-check errors, or unacknowledged warnings, that refused a FINALIZE. */
  readonly issues?: readonly LifecycleQualityIssue[];
}

export type TransitionResult =
  | { readonly ok: true; readonly state: IepLifecycleState; readonly effects: readonly LifecycleEffect[] }
  | { readonly ok: false; readonly error: LifecycleError };

export interface NewIepDraft {
  readonly iepId: string;
  readonly studentId: string;
  readonly kind: IepKind;
  readonly derivedFromIepId: string | null;
}

export type CreateDraftResult =
  | { readonly ok: true; readonly state: IepLifecycleState }
  | { readonly ok: false; readonly error: LifecycleError };
