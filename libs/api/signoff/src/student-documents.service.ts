import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SignoffLocale } from './esign-texts';
import { IepVersionsService } from './iep-versions.service';
import { PriorWrittenNoticeService } from './prior-written-notice.service';

/** One signed document of a student's record, named for its place in an export. */
export interface StudentDocument {
  /** Where it goes in the export, e.g. `ieps/2026-09-14-annual-v2/iep.pdf`. */
  path: string;
  kind: 'IEP' | 'SIGNATURE_CERTIFICATE' | 'PRIOR_WRITTEN_NOTICE';
  content: Buffer;
}

/**
 * The student's signed documents as the family receives them one by one: every frozen version of every IEP with
 * its signature certificate, and every prior written notice sent. What the records export puts together; the
 * caller has decided that the reader may have them.
 */
@Injectable()
export class StudentDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: IepVersionsService,
    private readonly notices: PriorWrittenNoticeService,
  ) {}

  async documentsOf(studentId: string, locale: SignoffLocale): Promise<StudentDocument[]> {
    const ieps: Array<{ id: string; kind: string; started: string }> = await this.dataSource.query(
      `SELECT id, kind, to_char(created_at, 'YYYY-MM-DD') AS started FROM ieps WHERE student_id = $1 ORDER BY created_at, id`,
      [studentId],
    );
    const byIep = await this.versions.versionsFor(ieps.map((i) => i.id));
    const out: StudentDocument[] = [];
    for (const iep of ieps) {
      for (const version of byIep.get(iep.id) ?? []) {
        const folder = `ieps/${iep.started}-${iep.kind.toLowerCase()}-v${version.number}`;
        out.push({ path: `${folder}/iep.pdf`, kind: 'IEP', content: await this.versions.renderDocument(version, 'IEP', locale) });
        out.push({ path: `${folder}/signature-certificate.pdf`, kind: 'SIGNATURE_CERTIFICATE', content: await this.versions.renderDocument(version, 'CERTIFICATE', locale) });
      }
    }
    for (const notice of await this.notices.sentNoticePdfsOfStudent(studentId)) {
      out.push({ path: `prior-written-notices/${notice.sentAt.toISOString().slice(0, 10)}-${notice.id}.pdf`, kind: 'PRIOR_WRITTEN_NOTICE', content: notice.pdf });
    }
    return out;
  }
}
