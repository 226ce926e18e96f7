import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes a .br (quality 11) and a .gz (level 9) beside every text file of the build; the API sends
 * them to browsers that accept them (apps/api/src/web-client.ts). Compressing once at the highest level
 * costs seconds at build time; doing it per request would cost the server's CPU at a lower level.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'iep-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => TEXT.test(file));
      for (const file of files) {
        const path = join(outDir, file);
        const content = await readFile(path);
        await writeFile(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
