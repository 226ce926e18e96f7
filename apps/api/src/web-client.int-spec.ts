import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApi, type TestApi } from '@iep/api/testing';
import { createApiApp } from './bootstrap';
import { HASHED_ASSET_CACHE, INDEX_CACHE } from './web-client';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: fetch would decompress the body and hide which encoding came. */
function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('serving the web client: compressed, hashed assets cached a year, index.html never', () => {
  let api: TestApi;
  let dist: string;
  const script = `export const page = ${JSON.stringify('x'.repeat(5000))};\n`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'iep-web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), `<!doctype html><title>IEP Team</title><!-- ${'padding '.repeat(300)} --><div id="root"></div>`);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, 'assets/index-Abc123.js'), script);
    writeFileSync(join(dist, 'assets/index-Abc123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets/index-Abc123.js.gz'), gzipSync(script));
    api = await startTestApi(createApiApp, { WEB_DIST: dist });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the build-time brotli file to a browser that accepts brotli, whatever order it lists encodings in', async () => {
    const answer = await get(`${api.url}/assets/index-Abc123.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(answer.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  it('gzip to a client without brotli; the plain file, still cached a year, to one that accepts neither', async () => {
    const gzip = await get(`${api.url}/assets/index-Abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const plain = await get(`${api.url}/assets/index-Abc123.js`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
  });

  it('index.html, for every client-side route, compressed and never cached', async () => {
    for (const path of ['/', '/sign-in', '/ieps/00000000-0000-4000-8000-000000000401']) {
      const answer = await get(`${api.url}${path}`, { accept: 'text/html', 'accept-encoding': 'br' });
      expect({ path, status: answer.status, cache: answer.headers['cache-control'], encoding: answer.headers['content-encoding'] }).toEqual({
        path, status: 200, cache: INDEX_CACHE, encoding: 'br',
      });
      expect(brotliDecompressSync(answer.body).toString()).toContain('<div id="root">');
    }
  });

  it('GraphQL answers are compressed too', async () => {
    const query = `{ __schema { types { name } } }`;
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', 'apollo-require-preflight': 'true' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query }));
    });
    expect(answer.headers['content-encoding']).toBe('gzip');
    const parsed = JSON.parse(gunzipSync(answer.body).toString()) as { data: { __schema: { types: Array<{ name: string }> } } };
    expect(parsed.data.__schema.types.map((type) => type.name)).toContain('Iep');
  });
});
