import type { SealField } from '@iep/api/core';

/**
 * What each seal covers. A version's seal covers its digest (the digest covers the content), so new
 * content with a recomputed digest fails; a signature's seal covers every field that makes it evidence.
 */
export function versionSealSubject(iepId: string, number: number, digest: string): SealField[] {
  return ['IEP_VERSION', iepId, number, digest];
}

export interface SignatureSealFields {
  id: string;
  iepId: string;
  purpose: string;
  versionNumber: number | null;
  digest: string | null;
  meetingId: string | null;
  signerId: string;
  signerRole: string;
  typedName: string;
  intentStatement: string;
  intentVersion: string;
  consentId: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export function signatureSealSubject(s: SignatureSealFields): SealField[] {
  return [
    'IEP_SIGNATURE', s.id, s.iepId, s.purpose, s.versionNumber, s.digest, s.meetingId, s.signerId, s.signerRole, s.typedName,
    s.intentStatement, s.intentVersion, s.consentId, s.signedAt.toISOString(), s.ip, s.userAgent,
  ];
}

/** The stored columns, under the names signatureSealSubject takes. */
export const SIGNATURE_SEAL_COLUMNS = `s.id, s.iep_id AS "iepId", s.purpose, s.version_number AS "versionNumber", s.digest,
  s.meeting_id AS "meetingId", s.signer_id AS "signerId", s.signer_role::text AS "signerRole", s.typed_name AS "typedName",
  s.intent_statement AS "intentStatement", s.intent_version AS "intentVersion", s.electronic_records_consent_id AS "consentId",
  s.signed_at AS "signedAt", s.ip, s.user_agent AS "userAgent", s.seal`;
