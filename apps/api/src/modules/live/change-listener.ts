import pg from 'pg';
import type { Logger } from '../../logger.js';

export const CHANGES_CHANNEL = 'udfasning_changes';

/** One changed row as the ChangeNotifications trigger announces it; `t: '*'` means "much changed". */
export interface Change {
  /** The table, or '*' when a transaction changed too many rows to name them. */
  t: string;
  id?: string | null;
  /** The kommune the row belongs to, when it has one. */
  k?: number | null;
}

const BACKOFF_MIN_MS = 250;
const BACKOFF_MAX_MS = 5000;

/**
 * One dedicated connection per process that LISTENs for committed changes. When the database goes away
 * it reconnects with backoff; notifications sent meanwhile are lost, so `onResync` says everything may
 * have changed once it listens again.
 */
export class ChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private backoff = BACKOFF_MIN_MS;
  private everConnected = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
    private readonly onChange: (change: Change) => void,
    private readonly onResync: () => void,
  ) {}

  /** Resolves once listening (or, if the database is down, at once: it keeps trying in the background). */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'udfasning-live', keepAlive: true });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      try {
        this.onChange(JSON.parse(message.payload) as Change);
      } catch (error) {
        this.logger.warn({ err: error }, 'unreadable change notification');
      }
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn({ err: error }, 'live change listener lost its database connection; reconnecting');
      this.schedule();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      this.backoff = BACKOFF_MIN_MS;
      // Whatever was committed while nobody listened went unannounced.
      if (this.everConnected) this.onResync();
    } catch (error) {
      lost(error as Error);
    } finally {
      this.everConnected = true;
    }
  }

  private schedule(): void {
    if (this.retry || this.stopped) return;
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
