import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, SEALER, type AuthUser, type RequestMeta, type Sealer } from '@iep/api/core';
import { contentDigest, IepStatus } from '@iep/domain';
import { diffPartContent, type IepPartKind } from '@iep/domain/iep-content';
import { inDocumentOrder, partsOf, VERSION_COLUMNS, type FrozenPart, type VersionRow } from './iep-lifecycle.service';
import type { IepDecisionModel, IepSignatureModel } from './models/iep-signature.model';
import type { IepVersionDiffModel, IepVersionModel, IepVersionPartDiffModel, IepVersionVerificationModel } from './models/iep-version.model';
import { SIGNATURE_SEAL_COLUMNS, signatureSealSubject, versionSealSubject, type SignatureSealFields } from './seals';
import { SignoffAccessService } from './signoff-access.service';
import type { SignoffLocale } from './esign-texts';
import { iepVersionDocument, signatureCertificateDocument, type DecisionFacts, type IepVersionFacts, type SignatureFacts } from '@iep/api/documents';
import { DECISION_COLUMNS, SIGNATURE_COLUMNS } from './signoff.service';

export type VersionDocumentKind = 'IEP' | 'CERTIFICATE';

export function versionPaths(iepId: string, number: number): { pdfUrl: string; certificateUrl: string } {
  return {
    pdfUrl: `/documents/ieps/${iepId}/versions/${number}.pdf`,
    certificateUrl: `/documents/ieps/${iepId}/versions/${number}/certificate.pdf`,
  };
}

/** Reads of frozen versions, decisions and signatures, for lists of IEPs in one statement each. */
@Injectable()
export class IepVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SignoffAccessService,
    private readonly audit: AuditService,
    @Inject(SEALER) private readonly sealer: Sealer,
  ) {}

  async versionsFor(iepIds: readonly string[]): Promise<Map<string, IepVersionModel[]>> {
    const result = new Map<string, IepVersionModel[]>(iepIds.map((id) => [id, []]));
    if (iepIds.length === 0) return result;
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM iep_versions v WHERE v.iep_id = ANY($1::uuid[]) ORDER BY v.iep_id, v.number`,
      [iepIds],
    );
    const exceptions: Array<{ iepId: string; version: number; ids: string[] }> = await this.dataSource.query(
      `SELECT iep_id AS "iepId", version_number AS version, excepted_part_ids::text[] AS ids
         FROM iep_decisions WHERE iep_id = ANY($1::uuid[]) AND kind = 'CONSENT_WITH_EXCEPTIONS'`,
      [iepIds],
    );
    const excepted = new Map(exceptions.map((e) => [`${e.iepId}#${e.version}`, new Set(e.ids)]));
    for (const row of rows) result.get(row.iepId)?.push(this.toModel(row, excepted.get(`${row.iepId}#${row.number}`)));
    return result;
  }

  async decisionsFor(iepIds: readonly string[]): Promise<Map<string, IepDecisionModel[]>> {
    const result = new Map<string, IepDecisionModel[]>(iepIds.map((id) => [id, []]));
    if (iepIds.length === 0) return result;
    const rows: IepDecisionModel[] = await this.dataSource.query(
      `SELECT ${DECISION_COLUMNS} FROM iep_decisions d WHERE d.iep_id = ANY($1::uuid[]) ORDER BY d.decided_at, d.id`,
      [iepIds],
    );
    for (const row of rows) result.get(row.iepId)?.push(row);
    return result;
  }

  async signaturesFor(iepIds: readonly string[]): Promise<Map<string, IepSignatureModel[]>> {
    const result = new Map<string, IepSignatureModel[]>(iepIds.map((id) => [id, []]));
    if (iepIds.length === 0) return result;
    const rows: IepSignatureModel[] = await this.dataSource.query(
      `SELECT ${SIGNATURE_COLUMNS} FROM iep_signatures s JOIN electronic_records_consents c ON c.id = s.electronic_records_consent_id
        WHERE s.iep_id = ANY($1::uuid[]) ORDER BY s.signed_at, s.id`,
      [iepIds],
    );
    for (const row of rows) result.get(row.iepId)?.push(row);
    return result;
  }

  async signatureById(ids: readonly string[]): Promise<Map<string, IepSignatureModel>> {
    if (ids.length === 0) return new Map();
    const rows: IepSignatureModel[] = await this.dataSource.query(
      `SELECT ${SIGNATURE_COLUMNS} FROM iep_signatures s JOIN electronic_records_consents c ON c.id = s.electronic_records_consent_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * A frozen version as a PDF in the reader's language: the IEP itself, or its signature certificate with every
   * signature, every decision and the integrity check. Access is the caller's to decide before asking.
   */
  async renderDocument(version: IepVersionModel, kind: VersionDocumentKind, locale: SignoffLocale): Promise<Buffer> {
    const { iepId, number } = version;
    const pdfVersion: IepVersionFacts = {
      number: version.number, digest: version.digest, proposedOn: version.proposedOn, frozenAt: new Date(version.frozenAt), content: version.content,
      exceptedPartIds: new Set(version.parts.filter((p) => p.excepted).map((p) => p.id)),
    };
    if (kind === 'IEP') return iepVersionDocument(pdfVersion, locale);
    const decisions = (await this.decisionsFor([iepId])).get(iepId)!.filter((d) => d.version === number);
    const signatures = (await this.signaturesFor([iepId])).get(iepId)!.filter((s) => s.version === number);
    const names = await this.names([...signatures.map((s) => s.signerId), ...decisions.flatMap((d) => (d.decidedById ? [d.decidedById] : []))]);
    const pdfSignatures: SignatureFacts[] = signatures.map((s) => ({
      purpose: s.purpose, signerName: names.get(s.signerId) ?? '', signerRole: s.signerRole, typedName: s.typedName,
      intentStatement: s.intentStatement, signedAt: new Date(s.signedAt), ip: s.ip, userAgent: s.userAgent, digest: s.digest,
      disclosureVersion: s.electronicRecordsDisclosureVersion,
    }));
    const events: DecisionFacts[] = decisions.map((d) => ({
      at: new Date(d.decidedAt), kind: d.kind, by: d.decidedById ? (names.get(d.decidedById) ?? null) : null, version: d.version,
      effectiveOn: d.effectiveOn, reasons: d.reasons,
    }));
    const { intact } = await this.integrity(version);
    // Times are written in the district's own zone, the one its families live in.
    const [{ timeZone }]: Array<{ timeZone: string }> = await this.dataSource.query(
      `SELECT d.time_zone AS "timeZone" FROM ieps i JOIN students s ON s.id = i.student_id JOIN districts d ON d.id = s.district_id WHERE i.id = $1`,
      [iepId],
    );
    return signatureCertificateDocument(pdfVersion, { signatures: pdfSignatures, events, intact, generatedAt: new Date(), timeZone }, locale);
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(`SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** A version of an IEP the caller may see; NOT_FOUND (audited) for no access or no such version. */
  async visibleVersion(user: AuthUser, iepId: string, number: number, meta: RequestMeta, operation: string): Promise<IepVersionModel> {
    await this.access.visibleIep(user, iepId, meta, operation);
    const version = (await this.versionsFor([iepId])).get(iepId)?.find((v) => v.number === number);
    if (!version) return this.access.denyNotFound(user, meta, operation, 'NO_SUCH_VERSION', 'That version');
    return version;
  }

  async view(user: AuthUser, iepId: string, number: number, meta: RequestMeta): Promise<IepVersionModel> {
    const version = await this.visibleVersion(user, iepId, number, meta, 'iepVersion');
    await this.recordRead(user, iepId, meta, AuditEvent.IepVersionViewed, { version: number });
    return version;
  }

  /** verifyIepVersion: the integrity of a version the caller may see, audited. */
  async verify(user: AuthUser, iepId: string, number: number, meta: RequestMeta): Promise<IepVersionVerificationModel> {
    const version = await this.visibleVersion(user, iepId, number, meta, 'verifyIepVersion');
    const integrity = await this.integrity(version);
    await this.recordRead(user, iepId, meta, AuditEvent.IepVersionVerified, { version: number, intact: integrity.intact });
    return { iepId, version: number, storedDigest: version.digest, ...integrity, checkedAt: new Date() };
  }

  /**
   * Whether a frozen version is as it was signed: the digest recomputed from the stored content; the
   * version's and each signature's seal, checked with the keys held outside the database (so content
   * and digest rewritten together fail); each signature naming the digest; and, for the version in
   * force of an ACTIVE IEP, the live parts still being the frozen ones. The one rule behind
   * verifyIepVersion and the signature certificate.
   */
  async integrity(version: IepVersionModel): Promise<Omit<IepVersionVerificationModel, 'iepId' | 'version' | 'storedDigest' | 'checkedAt'>> {
    const { iepId, number } = version;
    const computedDigest = contentDigest(version.content);
    const [{ seal, status, latest }]: Array<{ seal: string | null; status: IepStatus; latest: number }> = await this.dataSource.query(
      `SELECT v.seal, i.status, (SELECT max(number) FROM iep_versions WHERE iep_id = i.id) AS latest
         FROM iep_versions v JOIN ieps i ON i.id = v.iep_id WHERE v.iep_id = $1 AND v.number = $2`,
      [iepId, number],
    );
    const sealed = this.sealer.check(versionSealSubject(iepId, number, version.digest), seal) === 'VALID';
    const signatures: Array<SignatureSealFields & { seal: string | null }> = await this.dataSource.query(
      `SELECT ${SIGNATURE_SEAL_COLUMNS} FROM iep_signatures s WHERE s.iep_id = $1 AND s.version_number = $2 ORDER BY s.signed_at, s.id`,
      [iepId, number],
    );
    const checks = signatures.map((s) => ({
      signatureId: s.id, digest: s.digest!, matches: s.digest === version.digest,
      sealed: this.sealer.check(signatureSealSubject(s), s.seal) === 'VALID',
    }));
    const liveContentMatches = status === IepStatus.Active && latest === number ? await this.liveMatches(iepId, version.content) : null;
    const intact = computedDigest === version.digest && sealed && checks.every((check) => check.matches && check.sealed) && liveContentMatches !== false;
    return { computedDigest, intact, sealed, sealKeyId: seal?.split(':')[0] ?? null, liveContentMatches, signatures: checks };
  }

  /** An ACTIVE IEP is never edited in place: its live parts must be exactly those of the version in force. */
  private async liveMatches(iepId: string, frozen: Record<string, unknown>): Promise<boolean> {
    const rows: FrozenPart[] = await this.dataSource.query(
      `SELECT id, kind, position, content, copied_from_part_id AS "copiedFromPartId" FROM iep_parts
        WHERE iep_id = $1 AND removed_at IS NULL ORDER BY position, created_at, id`,
      [iepId],
    );
    const shape = (parts: FrozenPart[]) =>
      parts.map((p) => ({ id: p.id, kind: p.kind, position: p.position, copiedFromPartId: p.copiedFromPartId ?? null, content: p.content }));
    return contentDigest({ parts: shape(inDocumentOrder(rows)) } as never) === contentDigest({ parts: shape(partsOf(frozen)) } as never);
  }

  /**
   * What an amendment or annual review changes: the latest version of the IEP it derives from against
   * this IEP's latest version, or its parts as they stand while it is a draft. Parts are matched by
   * the part they were copied from.
   */
  async diff(user: AuthUser, iepId: string, fromIepId: string | null, meta: RequestMeta): Promise<IepVersionDiffModel> {
    const { facts } = await this.access.visibleIep(user, iepId, meta, 'iepVersionDiff');
    const fromId = fromIepId ?? facts.derivedFromIepId;
    if (!fromId) {
      throw badInput(
        { en: 'This IEP is not derived from another IEP; name the IEP to compare with.', es: 'Este IEP no parte de otro IEP; indique el IEP con el que compararlo.' },
        { field: 'fromIepId' },
      );
    }
    await this.access.visibleIep(user, fromId, meta, 'iepVersionDiff');
    const versions = await this.versionsFor([fromId, iepId]);
    const from = versions.get(fromId)?.at(-1);
    if (!from) {
      throw badInput(
        { en: 'The IEP to compare with has no frozen version.', es: 'El IEP con el que se compara no tiene ninguna versión congelada.' },
        { field: 'fromIepId', reason: 'NO_VERSION' },
      );
    }
    const latest = versions.get(iepId)?.at(-1);
    let to: FrozenPart[];
    let toVersion: number | null;
    if (facts.status !== 'DRAFT' && latest) {
      to = partsOf(latest.content);
      toVersion = latest.number;
    } else {
      const rows: FrozenPart[] = await this.dataSource.query(
        `SELECT id, kind, position, content, copied_from_part_id AS "copiedFromPartId" FROM iep_parts
          WHERE iep_id = $1 AND removed_at IS NULL ORDER BY position, created_at, id`,
        [iepId],
      );
      to = inDocumentOrder(rows);
      toVersion = null;
    }
    const fromParts = partsOf(from.content);
    // A copy's services name the copied goals; read through to the goals they were copied from.
    const origin = new Map(to.map((part) => [part.id, part.copiedFromPartId ?? part.id]));
    const comparable = (part: FrozenPart) =>
      Array.isArray(part.content.goalIds)
        ? { ...part.content, goalIds: (part.content.goalIds as string[]).map((id) => origin.get(id) ?? id) }
        : part.content;
    const matched = new Set<string>();
    const parts: IepVersionPartDiffModel[] = [];
    for (const part of to) {
      const before = part.copiedFromPartId ? fromParts.find((p) => p.id === part.copiedFromPartId) : undefined;
      if (before) matched.add(before.id);
      const fields = diffPartContent(part.kind, before?.content ?? null, comparable(part)).map((f) => ({ field: f.field, segments: [...f.segments] }));
      if (before && fields.length === 0) continue;
      parts.push({ kind: part.kind, change: before ? 'CHANGED' : 'ADDED', fromPartId: before?.id ?? null, toPartId: part.id, fields });
    }
    for (const part of fromParts.filter((p) => !matched.has(p.id))) {
      const fields = diffPartContent(part.kind as IepPartKind, part.content, null).map((f) => ({ field: f.field, segments: [...f.segments] }));
      parts.push({ kind: part.kind, change: 'REMOVED', fromPartId: part.id, toPartId: null, fields });
    }
    await this.recordRead(user, iepId, meta, AuditEvent.IepVersionDiffViewed, { fromIepId: fromId });
    return { fromIepId: fromId, fromVersion: from.number, toIepId: iepId, toVersion, parts };
  }

  private async recordRead(
    user: AuthUser,
    iepId: string,
    meta: RequestMeta,
    event: AuditEvent.IepVersionViewed | AuditEvent.IepVersionVerified | AuditEvent.IepVersionDiffViewed,
    data: Record<string, unknown>,
  ): Promise<void> {
    const [{ studentId }]: Array<{ studentId: string }> = await this.dataSource.query(`SELECT student_id AS "studentId" FROM ieps WHERE id = $1`, [iepId]);
    await this.audit.record({
      event, actorId: user.id, actorRole: user.role, studentId, iepId, ip: meta.ip, userAgent: meta.userAgent, data,
    } as Parameters<AuditService['record']>[0]);
  }

  private toModel(row: VersionRow, excepted: Set<string> | undefined): IepVersionModel {
    return {
      id: row.id, iepId: row.iepId, number: row.number, digest: row.digest, frozenAt: row.frozenAt, proposedOn: row.proposedOn,
      acknowledgedWarnings: row.acknowledgedWarnings, content: row.content, frozenById: row.frozenById,
      parts: partsOf(row.content).map((part) => ({
        id: part.id, kind: part.kind, position: part.position, content: part.content, excepted: excepted?.has(part.id) ?? false,
      })),
      ...versionPaths(row.iepId, row.number),
    };
  }
}
