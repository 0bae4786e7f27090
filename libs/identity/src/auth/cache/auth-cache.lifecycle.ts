import { AppConfig } from '@kakehashi/config';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { AuthChangeFeed } from './auth-change-feed';
import { AuthStateCache } from './auth-state-cache';

/**
 * Starts the change feed that lets authentication use its cache. Not on the embedded database: PGlite serves one
 * connection, which a listening one would take; there every request reads the account, as before.
 */
@Injectable()
export class AuthCacheLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuthCache');
  private feed: AuthChangeFeed | null = null;
  /** The feed's application_name: one per API process (and per API a test starts). */
  readonly feedConnectionName = `kakehashi-auth-feed-${randomBytes(4).toString('hex')}`;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.dataSource.options as PostgresDataSourceOptions).url;
    if (this.config.databaseUrl === null || !url) return;
    this.feed = new AuthChangeFeed(
      this.feedConnectionName,
      url,
      AuthStateCache.of(this.dataSource),
      this.logger,
    );
    await this.feed.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed?.stop();
    this.feed = null;
  }
}
