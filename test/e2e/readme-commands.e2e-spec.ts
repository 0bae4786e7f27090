import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { graphql, login } from '../support/graphql-client';
import { freePort, run, type Spawned } from '../support/processes';

/**
 * The README's first command, exactly as a newcomer runs it: `npm start` with no DATABASE_URL and no REDIS_URL
 * starts an embedded PostgreSQL, migrates and seeds it, and serves GraphQL; the demo consultant can sign in.
 */
describe('npm start on the embedded default', () => {
  let server: Spawned;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-e2e-embedded-'));
    const port = await freePort();
    server = run('npm', ['start'], {
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      NODE_ENV: undefined,
      JWT_SECRET: undefined,
      PORT: String(port),
      EMBEDDED_DB_DIR: dataDir,
      NX_DAEMON: 'false',
      NX_TUI: 'false',
    });
    await server.waitFor(
      /Kakehashi API: http:\/\/localhost:\d+\/graphql[\s\S]*Demo sign-ins[^\n]*\n[^\n]*\n/,
      150_000,
    );
    baseUrl = `http://127.0.0.1:${port}`;
  }, 180_000);

  afterAll(async () => {
    await server?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says which database and job mode it uses and prints the demo sign-ins', () => {
    const output = server.output();
    expect(output).toContain('embedded PGlite');
    expect(output).toContain('in-process (no REDIS_URL)');
    expect(output).toContain('consultant@kakehashi.example');
  });

  it('lets the demo consultant sign in and read { me { name } }', async () => {
    const token = await login(baseUrl, 'consultant@kakehashi.example', 'kakehashi-demo');
    const result = await graphql<{ me: { name: string; role: string } }>(
      baseUrl,
      '{ me { name role } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.me.role).toBe('CONSULTANT');
    expect(result.data?.me.name.length).toBeGreaterThan(0);
  });

  it('reports the embedded database, the in-process queue and, once loaded, the match index as healthy', async () => {
    // The index loads in the background from start (503 until then): poll as an orchestrator would.
    const deadline = Date.now() + 60_000;
    let response = await fetch(`${baseUrl}/health`);
    while (response.status === 503 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await fetch(`${baseUrl}/health`);
    }
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      info: Record<string, { status: string; driver?: string; receiving?: number }>;
    };
    expect(body.status).toBe('ok');
    expect(body.info['database'].status).toBe('up');
    expect(body.info['queue'].driver).toBe('in-process');
    expect(body.info['matching'].status).toBe('up');
    expect(body.info['matching'].receiving).toBeGreaterThan(0);
    expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200);
  });

  it('keeps the embedded data in the configured folder', () => {
    expect(fs.readdirSync(dataDir).length).toBeGreaterThan(0);
  });
});

describe('a bad environment variable', () => {
  it('stops the start with a message naming every bad variable', async () => {
    const proc = run(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      PORT: 'abc',
      DATABASE_URL: 'mysql://localhost/x',
      REDIS_URL: 'http://localhost',
      NODE_ENV: 'production',
      JWT_SECRET: undefined,
    });
    const code = await proc.exited;
    expect(code).toBe(1);
    const output = proc.output();
    expect(output).toContain('Kakehashi cannot start');
    for (const variable of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) {
      expect(output).toMatch(new RegExp(`- ${variable}: `));
    }
  }, 60_000);
});
