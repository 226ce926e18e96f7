import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, type AuthUser, type RequestMeta } from '@iep/api/core';
import { disclosureText, ELECTRONIC_RECORDS_DISCLOSURE_VERSION, electronicRecordsDisclosure, signoffLocale } from './esign-texts';
import type { AgreeToElectronicRecordsInput } from './dto/signoff.inputs';
import type { ElectronicRecordsConsentModel } from './models/iep-signature.model';

const CONSENT_COLUMNS = `id, disclosure_version AS "disclosureVersion", locale, agreed_at AS "agreedAt", withdrawn_at AS "withdrawnAt",
  (withdrawn_at IS NULL AND disclosure_version = $2) AS current`;

/**
 * Consent to electronic records (ESIGN 15 U.S.C. 7001(c)): given before the first electronic
 * signature, with the exact disclosure text agreed to kept beside it, and withdrawn at will.
 */
@Injectable()
export class ElectronicRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The consent not withdrawn, if any (possibly of an older disclosure). */
  async current(userId: string): Promise<ElectronicRecordsConsentModel | null> {
    const [row]: ElectronicRecordsConsentModel[] = await this.dataSource.query(
      `SELECT ${CONSENT_COLUMNS} FROM electronic_records_consents WHERE user_id = $1 AND withdrawn_at IS NULL`,
      [userId, ELECTRONIC_RECORDS_DISCLOSURE_VERSION],
    );
    return row ?? null;
  }

  async agree(user: AuthUser, input: AgreeToElectronicRecordsInput, meta: RequestMeta): Promise<ElectronicRecordsConsentModel> {
    if (input.disclosureVersion !== ELECTRONIC_RECORDS_DISCLOSURE_VERSION) {
      throw badInput(
        { en: 'The disclosure has been updated; read the current one before agreeing.', es: 'El acuerdo se actualizó; lea la versión actual antes de aceptarlo.' },
        { field: 'disclosureVersion', reason: 'DISCLOSURE_OUTDATED' },
      );
    }
    const locale = signoffLocale(input.locale);
    return this.dataSource.transaction(async (m) => {
      const [existing]: ElectronicRecordsConsentModel[] = await m.query(
        `SELECT ${CONSENT_COLUMNS} FROM electronic_records_consents WHERE user_id = $1 AND withdrawn_at IS NULL FOR UPDATE`,
        [user.id, ELECTRONIC_RECORDS_DISCLOSURE_VERSION],
      );
      if (existing?.current) return existing;
      // An agreement to an older disclosure gives way to the new one.
      if (existing) {
        await m.query(
          `UPDATE electronic_records_consents SET withdrawn_at = now(), withdrawn_ip = $2, withdrawn_user_agent = $3 WHERE id = $1`,
          [existing.id, meta.ip, meta.userAgent],
        );
      }
      const [consent]: ElectronicRecordsConsentModel[] = await m.query(
        `INSERT INTO electronic_records_consents (user_id, disclosure_version, locale, disclosure_text, ip, user_agent)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CONSENT_COLUMNS}`,
        [user.id, ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale, disclosureText(electronicRecordsDisclosure(locale)), meta.ip, meta.userAgent],
      );
      await this.audit.record(
        {
          event: AuditEvent.ElectronicRecordsConsentGiven, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent,
          data: { consentId: consent.id, disclosureVersion: ELECTRONIC_RECORDS_DISCLOSURE_VERSION, locale },
        },
        m,
      );
      return consent;
    });
  }

  async withdraw(user: AuthUser, meta: RequestMeta): Promise<ElectronicRecordsConsentModel> {
    return this.dataSource.transaction(async (m) => {
      const [[consent]]: [ElectronicRecordsConsentModel[]] = await m.query(
        `UPDATE electronic_records_consents SET withdrawn_at = now(), withdrawn_ip = $3, withdrawn_user_agent = $4
          WHERE user_id = $1 AND withdrawn_at IS NULL RETURNING ${CONSENT_COLUMNS}`,
        [user.id, ELECTRONIC_RECORDS_DISCLOSURE_VERSION, meta.ip, meta.userAgent],
      );
      if (!consent) {
        throw badInput(
          { en: 'You have no consent to electronic records to withdraw.', es: 'No tiene ningún consentimiento a documentos electrónicos que retirar.' },
          { reason: 'NO_CONSENT' },
        );
      }
      await this.audit.record(
        {
          event: AuditEvent.ElectronicRecordsConsentWithdrawn, actorId: user.id, actorRole: user.role, ip: meta.ip, userAgent: meta.userAgent,
          data: { consentId: consent.id },
        },
        m,
      );
      return consent;
    });
  }
}
