import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import * as fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedPostgres {
  /** A postgres:// URL the unchanged `pg` driver connects to. */
  url: string;
  /**
   * Resolves once no client holds the one connection PGlite serves. A client that closed has not yet let go when its
   * `end()` returns; one that connects before the socket is gone is turned away ("Too many connections").
   */
  released(): Promise<void>;
  stop(): Promise<void>;
}

/** Long enough for a closing socket on a busy machine; a client still connected after it is a bug to report. */
const RELEASE_TIMEOUT_MS = 10_000;

/**
 * Runs PostgreSQL in-process (PGlite, persisted in `dataDir`) behind a loopback socket, so the product code and the
 * `pg` driver are the same as with a real server. Pass `dataDir: null` for a throw-away in-memory database.
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<EmbeddedPostgres> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1' });
  await server.start();
  const [host, actualPort] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@${host}:${actualPort}/postgres`,
    async released() {
      const deadline = Date.now() + RELEASE_TIMEOUT_MS;
      while (server.getStats().activeConnections > 0) {
        if (Date.now() > deadline)
          throw new Error('The embedded PostgreSQL still serves a connection that should have closed.');
        await sleep(5);
      }
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
