import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import * as fs from 'node:fs';

export interface EmbeddedPostgres {
  /** A postgres:// URL the unchanged `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

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
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
