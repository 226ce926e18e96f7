import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { AuditEvent, AuditService } from '@iep/api/audit';
import { badInput, conflict, DomainError, ErrorCode, isDatabaseUnavailable, isUuid, LOGGER } from '@iep/api/core';
import { QueueName, rosterImportJob } from '@iep/api/jobs';
import { ROSTER_BUNDLE_MAX_BYTES } from '@iep/domain';
import { DistrictScope, NotInDistrict, type Actor } from '../district-scope.service';
import { RosterImportRepository, type RosterImportRow } from './roster-import.repository';
import { emptyReport } from './roster-report';


/** What is stored per row of roster_import_chunks: the upload never holds more than this in memory. */
const CHUNK_BYTES = 1024 * 1024;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The API's side of a roster import: the upload streams into PostgreSQL chunk by chunk, and the worker
 * does the rest (dry run, then apply). Every operation stays inside the administrator's own district.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly imports: RosterImportRepository,
    private readonly audit: AuditService,
    private readonly scope: DistrictScope,
    @InjectQueue(QueueName.Roster) private readonly queue: Queue,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Reads a multipart upload (one part named `file`). The same CSRF rule as GraphQL's: a form post from
   * another site cannot set a custom header, so one of Apollo's preflight headers must be present.
   */
  upload(actor: Actor, req: Request): Promise<RosterImportRow> {
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) {
      return Promise.reject(badInput({
        en: 'This upload lacks the header "apollo-require-preflight" that protects against cross-site requests.',
        es: 'A esta carga le falta el encabezado "apollo-require-preflight", que protege contra solicitudes de otros sitios.',
      }));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) {
      return Promise.reject(chooseFile());
    }
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fileSize: ROSTER_BUNDLE_MAX_BYTES } });
      } catch {
        reject(chooseFile());
        return;
      }
      let started = false;
      const settle = (work: Promise<RosterImportRow>) => work.then(resolve, (error) => {
        // Stop reading what the client still sends; the answer goes out now.
        req.unpipe(parser);
        req.resume();
        reject(error);
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || started) {
          stream.resume();
          return;
        }
        started = true;
        void settle(this.store(actor, info.filename || 'roster.zip', stream as Readable & { truncated?: boolean }));
      });
      parser.on('close', () => {
        if (!started) reject(chooseFile());
      });
      parser.on('error', () => {
        if (!started) reject(chooseFile());
      });
      req.pipe(parser);
    });
  }

  private async store(actor: Actor, rawName: string, stream: Readable & { truncated?: boolean }): Promise<RosterImportRow> {
    const fileName = rawName.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200);
    const id = await this.imports.create(actor.districtId, actor.user.id, fileName);
    let seq = 0;
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const chunk = Buffer.concat(pending, pendingBytes);
      if (seq === 0 && !chunk.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notAZip();
      pending = [];
      pendingBytes = 0;
      await this.imports.appendChunk(id, seq++, chunk);
    };
    try {
      // for await pauses the upload while a chunk is written: memory holds one chunk, whatever the size.
      for await (const data of stream as AsyncIterable<Buffer>) {
        size += data.length;
        pending.push(data);
        pendingBytes += data.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      if (stream.truncated) throw tooLarge();
      await flush();
      if (seq === 0) throw notAZip();
    } catch (error) {
      stream.resume();
      // A database that failed is the server's problem, not the file's: it reaches the client as such.
      const serverSide = error instanceof QueryFailedError || isDatabaseUnavailable(error);
      const refusal = error instanceof DomainError ? error : notAZip();
      const failure = serverSide ? 'UNEXPECTED' : refusal.extensions['code'] === ErrorCode.PayloadTooLarge ? 'UPLOAD_TOO_LARGE' : 'NOT_A_ZIP';
      await this.imports.discardUpload(id, emptyReport({ failure })).catch(() => undefined);
      throw serverSide ? error : refusal;
    }
    await this.imports.markUploaded(id, size);
    await this.audit.record({
      event: AuditEvent.RosterImportUploaded, ...this.scope.entryBase(actor), data: { importId: id, fileName, byteSize: size },
    });
    await this.enqueue(id, 'validate');
    return (await this.imports.find(actor.districtId, id))!;
  }

  list(actor: Actor, first: number): Promise<RosterImportRow[]> {
    return this.imports.list(actor.districtId, first);
  }

  get(actor: Actor, id: string): Promise<RosterImportRow> {
    return this.scope.guard(actor, 'rosterImport', async () => {
      const row = isUuid(id) ? await this.imports.find(actor.districtId, id) : null;
      if (!row) throw new NotInDistrict('That import');
      return row;
    });
  }

  /** After the dry run: the worker applies the bundle (planning again from the district as it is then). */
  apply(actor: Actor, id: string): Promise<RosterImportRow> {
    return this.scope.guard(actor, 'applyRosterImport', async () => {
      const current = isUuid(id) ? await this.imports.find(actor.districtId, id) : null;
      if (!current) throw new NotInDistrict('That import');
      const row = await this.imports.transition(id, ['VALIDATED'], 'APPLY_QUEUED', { appliedById: actor.user.id, districtId: actor.districtId });
      if (!row) {
        throw conflict({
          en: 'Only an import whose dry run found no problems can be applied, and only once.',
          es: 'Solo se puede aplicar una importación cuya prueba no encontró problemas, y solo una vez.',
        }, { status: current.status });
      }
      await this.audit.record({ event: AuditEvent.RosterImportApplyRequested, ...this.scope.entryBase(actor), data: { importId: id } });
      await this.enqueue(id, 'apply');
      return row;
    });
  }

  /** A Redis outage only delays the import: the worker's sweep enqueues it again from the row. */
  private async enqueue(id: string, step: 'validate' | 'apply') {
    const job = rosterImportJob(id, step);
    try {
      await this.queue.add(job.name, job.data, job.opts);
    } catch (error) {
      this.logger.warn({ err: error, importId: id }, 'could not enqueue the roster import; the sweep will');
    }
  }
}

function chooseFile() {
  return badInput({
    en: 'Choose the OneRoster CSV bundle (a .zip file) to upload, sent as the form field "file".',
    es: 'Elija el paquete CSV de OneRoster (un archivo .zip) para subir, enviado en el campo "file" del formulario.',
  }, { field: 'file' });
}

function notAZip() {
  return badInput({
    en: 'The upload is not a ZIP file. Upload the OneRoster CSV bundle as exported (a .zip).',
    es: 'El archivo no es un ZIP. Suba el paquete CSV de OneRoster tal como se exportó (un .zip).',
  }, { field: 'file' });
}

function tooLarge() {
  return new DomainError(ErrorCode.PayloadTooLarge, {
    en: `The bundle is larger than ${ROSTER_BUNDLE_MAX_BYTES / 1024 / 1024} MB.`,
    es: `El paquete ocupa más de ${ROSTER_BUNDLE_MAX_BYTES / 1024 / 1024} MB.`,
  }, { maxBytes: ROSTER_BUNDLE_MAX_BYTES });
}
