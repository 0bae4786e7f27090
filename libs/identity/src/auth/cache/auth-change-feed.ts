import { Client } from 'pg';

/** The channel the users and user_sessions triggers notify (prisma/migrations/*_auth_change_notifications). */
export const AUTH_CHANGES_CHANNEL = 'kakehashi_auth_changes';

export interface AuthChangeListener {
  /** A row changed: `u:<user id>` or `s:<session id>`. */
  changed(key: string): void;
  /** The feed is (re)connected, or lost: whatever was cached may have missed a change. */
  reset(live: boolean): void;
}

type Logger = { warn(message: object): void; log(message: object): void };

/**
 * One dedicated connection LISTENing for changes to accounts and sessions, whichever process made them (another API
 * replica, the worker, the admin CLI). While it is down nothing may be served from the cache; it reconnects with
 * back-off and, once listening again, the cache starts empty.
 */
export class AuthChangeFeed {
  private client: Client | null = null;
  private stopped = false;
  private retryMs = 500;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    /** Its connection's application_name, so an operator (or a test) can find it in pg_stat_activity. */
    readonly connectionName: string,
    private readonly url: string,
    private readonly listener: AuthChangeListener,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    this.listener.reset(false);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.url, application_name: this.connectionName });
    client.on('notification', (message) => {
      if (message.channel === AUTH_CHANGES_CHANNEL && message.payload) this.listener.changed(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANGES_CHANNEL}`);
    } catch (error) {
      this.logger.warn({
        msg: 'Auth change feed could not listen; authenticating from the database',
        err: error,
      });
      this.lost(client);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = 500;
    this.listener.reset(true);
  }

  private lost(client: Client): void {
    if (this.client === client) {
      this.client = null;
      this.listener.reset(false);
      this.logger.warn({ msg: 'Auth change feed lost; authenticating from the database until it is back' });
    }
    void client.end().catch(() => undefined);
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
  }
}
