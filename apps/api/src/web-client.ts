import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { QUEUE_BOARD_PATH } from './queue-board';

/** Hashed file names change with their content: a browser may keep them as long as it likes. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: always fetched anew, so a release reaches everyone at once. */
export const INDEX_CACHE = 'no-store';
/** The few unhashed files (favicon): briefly. */
const OTHER_CACHE = 'public, max-age=3600';

/**
 * Brotli or gzip for every compressible answer: GraphQL's JSON, index.html, exports. A phone on a slow
 * network waits for bytes, not for the CPU. Answers that are already compressed (the assets below,
 * PDFs) pass through.
 */
export function compressResponses(app: NestExpressApplication) {
  app.use(compression({ threshold: 1024 }));
}

/**
 * The web client's assets, compressed once at build time at the highest levels (apps/web writes a .br
 * and a .gz beside each text file), and sent as such to a browser that accepts them.
 */
function precompressed(dist: string) {
  const assets = join(dist, 'assets');
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    const file = normalize(join(dist, decodeURIComponent(req.path)));
    if (!file.startsWith(assets + '/')) return next();
    // Brotli whenever it is accepted at all: browsers list gzip first, but the .br file is the smaller.
    const encoding = req.acceptsEncodings('br') ? { suffix: '.br', name: 'br' } : req.acceptsEncodings('gzip') ? { suffix: '.gz', name: 'gzip' } : null;
    res.setHeader('vary', 'Accept-Encoding');
    if (!encoding || !existsSync(file + encoding.suffix)) return next();
    res.setHeader('content-encoding', encoding.name);
    res.type(extname(file));
    res.sendFile(file + encoding.suffix, { headers: { 'cache-control': HASHED_ASSET_CACHE }, lastModified: true, cacheControl: false });
  };
}

/** The embedded default serves the built React client itself, with a fallback for client-side routes. */
export function serveWebClient(app: NestExpressApplication, dist: string) {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST has no index.html: ${dist}`);
  app.use(precompressed(dist));
  app.use(
    express.static(dist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.startsWith(join(dist, 'assets') + '/') ? HASHED_ASSET_CACHE : OTHER_CACHE);
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/graphql') ||
      req.path.startsWith('/health') ||
      req.path.startsWith('/dev/') ||
      req.path.startsWith('/exports/') ||
      req.path.startsWith('/documents/') ||
      req.path.startsWith(QUEUE_BOARD_PATH)
    ) {
      return next();
    }
    if (!req.accepts('html')) return next();
    res.setHeader('cache-control', INDEX_CACHE);
    res.sendFile(index, { cacheControl: false, lastModified: false, etag: false });
  });
}
