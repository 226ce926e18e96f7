import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { PinoNestLogger, type AppConfig } from '@iep/api/core';
import { AppModule } from './app.module';
import { InputValidationPipe } from './input-validation.pipe';
import { mountQueueBoard } from './queue-board';
import { bindMetrics } from './metrics';
import { compressResponses, serveWebClient } from './web-client';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** A request that took this long is logged at info level even when it succeeded. */
const SLOW_REQUEST_MS = 1000;

/** Builds the API application; main.ts listens on it, integration tests drive it on a free port. */
export async function createApiApp(config: AppConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    bufferLogs: false,
    // Throw instead of exiting, so main.ts prints one line and tests see the cause.
    abortOnError: false,
  });
  app.set('trust proxy', 'loopback');
  app.use(inFlight.middleware);
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
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
      // Failures, refusals and slow requests; a line for every fast success cost more than the request's own work.
      customLogLevel: (req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400 || performance.now() - (startedAt.get(req) ?? performance.now()) >= SLOW_REQUEST_MS) return 'info';
        return 'silent';
      },
    }),
  );
  compressResponses(app);
  app.use(cookieParser());
  app.useGlobalPipes(new InputValidationPipe());
  // Before the web client's fallback, which would otherwise answer /admin/queues with the React app.
  mountQueueBoard(app);
  if (config.WEB_DIST) serveWebClient(app, resolve(config.WEB_DIST));
  bindMetrics(app);
  return app;
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
