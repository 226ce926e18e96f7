import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { PinoNestLogger, runInRequestContext, type AppConfig } from '@iep/api/core';
import { AppModule } from './app.module';
import { InputValidationPipe } from './input-validation.pipe';
import { tokenLimitMiddleware } from './query-limits';
import { OPERATION_NAME } from './request-hygiene.plugin';
import { mountQueueBoard } from './queue-board';
import { bindMetrics } from './metrics';
import { compressResponses, serveWebClient } from './web-client';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * The largest request body: above the largest input the API accepts (an IEP part's content, several
 * 20,000-character texts, each character up to 12 bytes as escaped JSON), so a long but allowed text is
 * never refused by the body parser; far below what would let one request tie a process up.
 */
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** A request that took this long is logged at info level even when it succeeded. */
const SLOW_REQUEST_MS = 1000;

/** Builds the API application; main.ts listens on it, integration tests drive it on a free port. */
export async function createApiApp(config: AppConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bufferLogs: false,
    // Throw instead of exiting, so main.ts prints one line and tests see the cause.
    abortOnError: false,
    // Parsed below with our limit and our error answer (Nest's parser answers with Express's HTML page).
    bodyParser: false,
  });
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; req.ip is then the real client,
  // which audit rows and per-client limits record.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(inFlight.middleware);
  app.use(helmet(securityHeaders(config)));
  app.disable('x-powered-by');
  // GraphQL answers are POSTs no cache revalidates; hashing every body for an ETag was pure cost.
  app.set('etag', false);
  const startedAt = new WeakMap<object, number>();
  app.use(
    pinoHttp({
      logger: logger.child({ component: 'http' }),
      genReqId: (req, res) => {
        startedAt.set(req, performance.now());
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Every request's logger is made up front with its `req` binding serialized: the default serializer
      // copied every header for every request, even when nothing was logged. The id finds the request.
      wrapSerializers: false,
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      // The GraphQL operation, known once Apollo parsed the request, on the request's own log line.
      customProps: (req) => {
        const operation = (req as unknown as Record<symbol, unknown>)[OPERATION_NAME];
        return operation ? { operation } : {};
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      // Failures, refusals and slow requests; a line for every fast success cost more than the request's own work.
      customLogLevel: (req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400 || performance.now() - (startedAt.get(req) ?? performance.now()) >= SLOW_REQUEST_MS) return 'info';
        return 'silent';
      },
    }),
  );
  app.use((req: Request, _res: Response, next: NextFunction) => runInRequestContext({ requestId: String(req.id) }, next));
  compressResponses(app);
  app.use(cookieParser());
  app.use(express.json({ limit: BODY_LIMIT_BYTES }));
  app.use(bodyErrors);
  app.use('/graphql', tokenLimitMiddleware());
  app.useGlobalPipes(new InputValidationPipe());
  // Before the web client's fallback, which would otherwise answer /admin/queues with the React app.
  mountQueueBoard(app);
  if (config.WEB_DIST) serveWebClient(app, resolve(config.WEB_DIST));
  bindMetrics(app);
  return app;
}

/**
 * helmet's headers with a Content-Security-Policy that allows no inline script and no framing. Styles
 * may be inline: Mantine sets style attributes, and a style cannot run code. HSTS only behind HTTPS
 * (COOKIE_SECURE), since on plain-HTTP localhost it would pin a browser to a scheme that is not there.
 */
function securityHeaders(config: Pick<AppConfig, 'COOKIE_SECURE'>): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(config.COOKIE_SECURE ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: config.COOKIE_SECURE ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  };
}

/**
 * A body the parser refused (too large, not JSON) answered as a GraphQL error with a code, like every
 * other refusal, and never with Express's error page and its stack trace.
 */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (!error) return next();
  const status = (error as { status?: number }).status;
  const type = (error as { type?: string }).type;
  if (status === 413 || type === 'entity.too.large') {
    res.status(413).json({
      errors: [
        {
          message: `The request is larger than ${BODY_LIMIT_BYTES / 1024 / 1024} MB.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: BODY_LIMIT_BYTES },
        },
      ],
    });
    return;
  }
  res.status(status && status >= 400 && status < 500 ? status : 400).json({
    errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
  });
}

/** Counts requests being served, so shutdown can wait for them before closing the database pool. */
class InFlightRequests {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  readonly middleware = (_req: Request, res: Response, next: NextFunction) => {
    this.count++;
    res.once('close', () => {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters) wake();
    });
    next();
  };

  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (drained: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(drained);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(wake);
    });
  }
}

const inFlight = new InFlightRequests();

/**
 * Stops taking connections, lets the requests in progress finish (up to `timeoutMs`), and only then
 * closes Nest — whose shutdown would otherwise close the database pool under a running resolver.
 */
export async function shutdownGracefully(app: INestApplication, timeoutMs = 25_000): Promise<boolean> {
  const server = app.getHttpServer() as import('node:http').Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const drained = await inFlight.idle(timeoutMs);
  await app.close();
  await closed;
  return drained;
}
