import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, deflated data, central directory) over Node's zlib.
 * The project carries a ZIP reader (yauzl) but no writer, and the brief forbids adding packages; this is the
 * smallest piece that streams an archive: each entry leaves as soon as it is added, so the whole archive is never
 * assembled by this writer. No ZIP64: an export is far below 4 GiB and 65,535 entries, and that limit is checked.
 */
export class ZipWriter {
  private readonly entries: Array<{ name: Buffer; crc: number; compressedSize: number; size: number; offset: number; method: number }> = [];
  private offset = 0;
  private finished = false;

  /** `sink` receives each chunk in order; `modifiedAt` stamps every entry (a records export is of one moment). */
  constructor(private readonly sink: (chunk: Buffer) => void, private readonly modifiedAt: Date) {}

  /** Adds one file and returns its SHA-256 (hex), for the manifest. */
  add(path: string, content: Buffer): string {
    if (this.finished) throw new Error('The archive is already finished.');
    if (!/^[^/\\][^\\]*$/.test(path) || path.split('/').some((segment) => segment === '' || segment === '..')) throw new Error(`Unsafe path in archive: ${path}`);
    const name = Buffer.from(path, 'utf8');
    const deflated = deflateRawSync(content, { level: 6 });
    // Already compressed data (PDF streams, uploads) is stored when deflate would not shrink it.
    const [method, data] = deflated.length < content.length ? [8, deflated] : [0, content];
    const crc = crc32(content);
    this.check(data.length, content.length);
    const { time, date } = dosDateTime(this.modifiedAt);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, 6); // bit 11: the name is UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(content.length, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push({ name, crc, compressedSize: data.length, size: content.length, offset: this.offset, method });
    this.emit(header);
    this.emit(name);
    this.emit(data);
    return createHash('sha256').update(content).digest('hex');
  }

  /** Writes the central directory; the archive is complete after this. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    const { time, date } = dosDateTime(this.modifiedAt);
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0800, 8);
      record.writeUInt16LE(entry.method, 10);
      record.writeUInt16LE(time, 12);
      record.writeUInt16LE(date, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt16LE(0, 30);
      record.writeUInt16LE(0, 32);
      record.writeUInt16LE(0, 34);
      record.writeUInt16LE(0, 36);
      record.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
      record.writeUInt32LE(entry.offset, 42);
      this.emit(record);
      this.emit(entry.name);
    }
    const size = this.offset - start;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.emit(end);
  }

  private check(compressed: number, size: number): void {
    const limit = 0xffffffff;
    if (this.entries.length >= 0xffff || compressed >= limit || size >= limit || this.offset + compressed + 1024 >= limit) {
      throw new Error('The archive would need ZIP64, which this writer does not write.');
    }
  }

  private emit(chunk: Buffer): void {
    this.offset += chunk.length;
    this.sink(chunk);
  }
}

/** MS-DOS date and time (2-second resolution, from 1980), in UTC so that the archive does not depend on the server's zone. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}
