import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { ZipWriter } from './zip-writer';

function entries(buffer: Buffer): Promise<Array<{ name: string; content: Buffer; method: number; modified: Date }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: Array<{ name: string; content: Buffer; method: number; modified: Date }> = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            out.push({ name: entry.fileName, content: Buffer.concat(chunks), method: entry.compressionMethod, modified: entry.getLastModDate({ forceDosFormat: true, timezone: 'UTC' }) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the ZIP writer', () => {
  it('writes an archive another reader (yauzl) opens entry by entry, with UTF-8 names, deflating only what shrinks, and returns each SHA-256', async () => {
    const chunks: Buffer[] = [];
    const at = new Date('2026-12-07T16:45:30Z');
    const zip = new ZipWriter((chunk) => chunks.push(chunk), at);
    const text = Buffer.from('Sofía Ramírez\n'.repeat(200), 'utf8');
    const random = createHash('sha512').update('not compressible').digest();
    const digests = [zip.add('README.txt', text), zip.add('evaluaciones/informe-psicológico.pdf', random), zip.add('empty.csv', Buffer.alloc(0))];
    zip.finish();
    const archive = Buffer.concat(chunks);
    const read = await entries(archive);
    expect(read.map((e) => e.name)).toEqual(['README.txt', 'evaluaciones/informe-psicológico.pdf', 'empty.csv']);
    expect(read[0].content.equals(text)).toBe(true);
    expect(read[1].content.equals(random)).toBe(true);
    expect(read[2].content.length).toBe(0);
    expect(read.map((e) => e.method)).toEqual([8, 0, 0]);
    expect(read[0].modified.toISOString()).toBe('2026-12-07T16:45:30.000Z');
    expect(digests).toEqual([text, random, Buffer.alloc(0)].map((content) => createHash('sha256').update(content).digest('hex')));
  });

  it('refuses a path that could escape the archive, and anything added after it is finished', () => {
    const zip = new ZipWriter(() => undefined, new Date());
    for (const path of ['/etc/passwd', '../outside.txt', 'a/../../b', 'a//b', 'a\\b', '']) expect(() => zip.add(path, Buffer.from('x'))).toThrow(/Unsafe path/);
    zip.finish();
    expect(() => zip.add('late.txt', Buffer.from('x'))).toThrow(/already finished/);
  });
});
