import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores argon2id hashes, salted so equal passwords hash differently', async () => {
    const a = await hasher.hash('correct horse battery');
    const b = await hasher.hash('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toEqual(b);
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('パスワードは十二文字以上です');
    await expect(hasher.verify(stored, 'パスワードは十二文字以上です')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'パスワードは十二文字以上でず')).resolves.toBe(false);
  });

  it('treats an unreadable stored hash as a wrong password instead of failing', async () => {
    await expect(hasher.verify('not-a-hash', 'whatever-password')).resolves.toBe(false);
  });

  it('spends about as long on an unknown account as on a real check', async () => {
    const stored = await hasher.hash('a-real-password-1');
    await hasher.verifyAgainstNobody('warm-up-password');
    const once = async (work: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await work();
      return Number(process.hrtime.bigint() - start);
    };
    // Interleaved, and each side's fastest run compared: a busy machine only ever adds time, so the fastest runs are
    // the fairest comparison. Skipping the hash would make the unknown account's ~0.
    const real: number[] = [];
    const nobody: number[] = [];
    for (let i = 0; i < 5; i++) {
      real.push(await once(() => hasher.verify(stored, 'wrong-password-x')));
      nobody.push(await once(() => hasher.verifyAgainstNobody('wrong-password-x')));
    }
    expect(Math.min(...nobody)).toBeGreaterThan(Math.min(...real) * 0.3);
  });
});
