import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { Logger } from 'pino';
import { APP_CONFIG, LOGGER, type AppConfig } from '@iep/api/core';

/** The channel the notifications table signals on at commit (migration 1764010000000). */
const CHANNEL = 'iep_notification_added';
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** When the newest of the notifications just committed was written. */
type Listener = (at: Date) => void;

interface Signal {
  userId: string;
  at: string;
}

/**
 * Hears, at commit, that someone has a new notification, whoever wrote it (a request on any API replica,
 * the worker's reminders): PostgreSQL sends NOTIFY to every listening connection, so each API process
 * keeps one LISTEN connection of its own, opened when its first bell subscribes.
 *
 * A lost connection is reopened with backoff; on reopening every listener is told once, because what
 * arrived in between was not heard. The bell's poll stays the fallback while the connection is down.
 */
@Injectable()
export class NotificationSignalService implements OnApplicationShutdown {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Calls `listener` whenever `userId` has a new notification; resolves once the connection listens
   * (or has failed and is retrying), with the function that stops.
   */
  async listen(userId: string, listener: Listener): Promise<() => void> {
    let forUser = this.listeners.get(userId);
    if (!forUser) this.listeners.set(userId, (forUser = new Set()));
    forUser.add(listener);
    await this.ensureListening();
    return () => {
      const set = this.listeners.get(userId);
      set?.delete(listener);
      if (set?.size === 0) this.listeners.delete(userId);
    };
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private ensureListening(): Promise<void> {
    if (this.client || this.stopped) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'iep-team-live',
      connectionTimeoutMillis: this.config.DB_STATEMENT_TIMEOUT_MS,
      keepAlive: true,
      options: `-c statement_timeout=${this.config.DB_STATEMENT_TIMEOUT_MS}`,
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const signal = JSON.parse(message.payload) as Signal;
        this.tell(signal.userId, new Date(signal.at));
      } catch (err) {
        this.logger.warn({ err }, 'Unreadable live notification signal ignored');
      }
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      this.lost(client, err);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.failures > 0;
    this.client = client;
    this.failures = 0;
    if (reconnected) {
      this.logger.info('Live notifications listening again');
      const now = new Date();
      for (const userId of this.listeners.keys()) this.tell(userId, now);
    }
  }

  private lost(client: pg.Client, err: unknown): void {
    if (this.client && this.client !== client) return;
    this.client = null;
    if (this.stopped || this.reconnectTimer) return;
    this.failures += 1;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** (this.failures - 1));
    this.logger.warn({ err, retryInMs: delay }, 'Live notifications not listening; the bell polls until they are');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.listeners.size > 0) void this.ensureListening();
    }, delay);
    this.reconnectTimer.unref();
  }

  private tell(userId: string, at: Date): void {
    for (const listener of this.listeners.get(userId) ?? []) listener(at);
  }
}
