import { verify } from '@node-rs/argon2';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../../../..');

// Each test starts the CLI three or four times, and each start compiles the app (swc): on a busy machine that is slow.
jest.setTimeout(180_000);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run admin -- <args>` as an operator runs it, with `stdin` piped in. */
function admin(args: string[], stdin: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

const email = (label: string) => `${label}-${randomBytes(4).toString('hex')}@cli-test.example`;

describe('admin create-user / deactivate-user', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env['DATABASE_URL'] });
    await db.connect();
  });
  afterAll(() => db.end());

  const userRow = async (address: string) =>
    (
      await db.query(
        `SELECT u.id, u.role, u.is_active, u.password_hash, o.code AS office_code
           FROM users u LEFT JOIN offices o ON o.id = u.office_id WHERE u.email = $1`,
        [address],
      )
    ).rows[0] as
      | { id: string; role: string; is_active: boolean; password_hash: string; office_code: string | null }
      | undefined;

  it('creates a consultant of the Tokyo office with the piped password, and says so', async () => {
    const address = email('consultant');
    const run = await admin(
      [
        'create-user',
        '--email',
        address.toUpperCase(),
        '--name',
        '東京 太郎',
        '--role',
        'CONSULTANT',
        '--office',
        '13',
        '--password-stdin',
      ],
      'a long enough passphrase\n',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const row = await userRow(address);
    expect(row).toMatchObject({ role: 'CONSULTANT', is_active: true, office_code: '13' });
    expect(run.stdout.trim()).toBe(`Created CONSULTANT ${address} at office 13 (id ${row!.id}).`);
    // The trailing newline from the pipe is not part of the password.
    await expect(verify(row!.password_hash, 'a long enough passphrase')).resolves.toBe(true);
  });

  it('fails with exit code 1, naming each bad option, and writes nothing', async () => {
    const address = email('bad');
    const run = await admin(
      [
        'create-user',
        '--email',
        address.replace('@', ' at '),
        '--name',
        'x',
        '--role',
        'CONSULTANT',
        '--password-stdin',
      ],
      'short\n',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Cannot create the user:');
    expect(run.stderr).toContain('--email: メールアドレスの形式が正しくありません');
    expect(run.stderr).toContain('password (stdin): パスワードは12文字以上で入力してください。');
    expect(run.stderr).toContain('--office: コンサルタントには所属する地方事務所を指定してください。');
    expect(run.stdout).toBe('');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'bad-%'`);
    expect(rows[0].n).toBe(0);
  });

  it('applies the password policy to the password read from stdin', async () => {
    const create = (address: string, password: string) =>
      admin(
        ['create-user', '--email', address, '--name', '規則 確認', '--role', 'EXECUTIVE', '--password-stdin'],
        `${password}\n`,
      );
    const common = email('common');
    const commonRun = await create(common, 'password1234');
    expect(commonRun.code).toBe(1);
    expect(commonRun.stderr).toContain(
      'password (stdin): よく使われているパスワードのため使用できません。推測されにくいものを指定してください。',
    );
    const own = email('own');
    const ownRun = await create(own, `${own}-secret`);
    expect(ownRun.code).toBe(1);
    expect(ownRun.stderr).toContain(
      'password (stdin): パスワードにメールアドレス(またはその一部)を含めることはできません。',
    );
    expect(await userRow(common)).toBeUndefined();
    expect(await userRow(own)).toBeUndefined();
  });

  it('refuses an unknown role, an unknown office code and a duplicate address', async () => {
    const unknownRole = await admin(
      ['create-user', '--email', email('role'), '--name', '役割 不明', '--role', 'ROOT', '--password-stdin'],
      'a long enough passphrase',
    );
    expect(unknownRole.code).toBe(1);
    expect(unknownRole.stderr).toContain('--role: ロールが正しくありません');

    const unknownOffice = await admin(
      [
        'create-user',
        '--email',
        email('office'),
        '--name',
        '事務所 不明',
        '--role',
        'CONSULTANT',
        '--office',
        '99',
        '--password-stdin',
      ],
      'a long enough passphrase',
    );
    expect(unknownOffice.code).toBe(1);
    expect(unknownOffice.stderr).toContain('--office: no office has the code "99"');

    const address = email('dup');
    const args = [
      'create-user',
      '--email',
      address,
      '--name',
      '重複 確認',
      '--role',
      'EXECUTIVE',
      '--password-stdin',
    ];
    expect((await admin(args, 'a long enough passphrase')).code).toBe(0);
    const duplicate = await admin(args, 'a long enough passphrase');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain(`メールアドレス「${address}」は既に登録されています。`);
  });

  it('refuses to run without --password-stdin or without DATABASE_URL', async () => {
    const noStdin = await admin(['create-user', '--email', email('x'), '--name', 'x', '--role', 'ADMIN'], '');
    expect(noStdin.code).toBe(1);
    expect(noStdin.stderr).toContain('--password-stdin is required');
    const noDatabase = await admin(
      ['create-user', '--email', email('x'), '--name', 'x', '--role', 'ADMIN', '--password-stdin'],
      'a long enough passphrase',
      { DATABASE_URL: '' },
    );
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toContain('DATABASE_URL が設定されていません。');
  });

  it('deactivates a user by address', async () => {
    const address = email('leaver');
    await admin(
      ['create-user', '--email', address, '--name', '退職 予定', '--role', 'EXECUTIVE', '--password-stdin'],
      'a long enough passphrase',
    );
    const run = await admin(['deactivate-user', '--email', address], '');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Deactivated EXECUTIVE ${address}`);
    expect((await userRow(address))?.is_active).toBe(false);
    const unknown = await admin(['deactivate-user', '--email', email('nobody')], '');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No user has the e-mail address');
  });
});
