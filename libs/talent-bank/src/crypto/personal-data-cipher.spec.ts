import { validateEnvironment } from '@kakehashi/config';
import { randomBytes, randomUUID } from 'node:crypto';
import { encryptionKeyId, PersonalDataCipher, PersonalDataDecryptionError } from './personal-data-cipher';

const configWith = (env: Record<string, string>) => validateEnvironment({ NODE_ENV: 'test', ...env }, '/r');
const newKey = () => randomBytes(32).toString('base64');

describe('PersonalDataCipher', () => {
  const id = randomUUID();

  it('seals a value so that neither the value nor the key shows, and opens it again', () => {
    const key = newKey();
    const cipher = new PersonalDataCipher(configWith({ TALENT_BANK_ENCRYPTION_KEY: key }));
    const sealed = cipher.encrypt('090-1234-5678', id, 'phone');
    expect(sealed).not.toContain('090');
    expect(sealed).not.toContain(key);
    expect(sealed.startsWith(`v1.${cipher.keyId}.`)).toBe(true);
    expect(cipher.decrypt(sealed, id, 'phone')).toBe('090-1234-5678');
    // A fresh IV each time: the same value never gives the same text.
    expect(cipher.encrypt('090-1234-5678', id, 'phone')).not.toBe(sealed);
  });

  it('refuses a value moved to another registrant or column, or altered', () => {
    const cipher = new PersonalDataCipher(configWith({ TALENT_BANK_ENCRYPTION_KEY: newKey() }));
    const sealed = cipher.encrypt('1960-04-01', id, 'dateOfBirth');
    expect(() => cipher.decrypt(sealed, randomUUID(), 'dateOfBirth')).toThrow(PersonalDataDecryptionError);
    expect(() => cipher.decrypt(sealed, id, 'phone')).toThrow(PersonalDataDecryptionError);
    const parts = sealed.split('.');
    parts[4] = Buffer.from('1999-01-01').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), id, 'dateOfBirth')).toThrow(/does not open/);
  });

  it('opens values sealed under a previous key after a rotation, and names a key it does not have', () => {
    const oldKey = newKey();
    const before = new PersonalDataCipher(configWith({ TALENT_BANK_ENCRYPTION_KEY: oldKey }));
    const sealed = before.encrypt('taro@example.jp', id, 'email');
    const rotated = new PersonalDataCipher(
      configWith({ TALENT_BANK_ENCRYPTION_KEY: newKey(), TALENT_BANK_PREVIOUS_KEYS: oldKey }),
    );
    expect(rotated.keyId).not.toBe(before.keyId);
    expect(rotated.decrypt(sealed, id, 'email')).toBe('taro@example.jp');
    const forgotten = new PersonalDataCipher(configWith({ TALENT_BANK_ENCRYPTION_KEY: newKey() }));
    expect(() => forgotten.decrypt(sealed, id, 'email')).toThrow(
      new RegExp(`sealed with key ${encryptionKeyId(Buffer.from(oldKey, 'base64'))}`),
    );
  });

  it('uses one development key in every process when none is configured, and still reads it after a key is set', () => {
    const a = new PersonalDataCipher(configWith({}));
    const b = new PersonalDataCipher(configWith({}));
    expect(a.keyId).toBe(b.keyId);
    const sealed = a.encrypt('東京都千代田区1-1', id, 'address');
    expect(b.decrypt(sealed, id, 'address')).toBe('東京都千代田区1-1');
    const configured = new PersonalDataCipher(configWith({ TALENT_BANK_ENCRYPTION_KEY: newKey() }));
    expect(configured.keyId).not.toBe(a.keyId);
    expect(configured.decrypt(sealed, id, 'address')).toBe('東京都千代田区1-1');
  });

  it('is refused a start in production without a key, and never shows a bad key', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, '/r')).toThrow(
      /TALENT_BANK_ENCRYPTION_KEY: .*is required in production/,
    );
    let message = '';
    try {
      validateEnvironment({ TALENT_BANK_ENCRYPTION_KEY: 'c2hvcnQta2V5' }, '/r');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/TALENT_BANK_ENCRYPTION_KEY: must be 32 bytes in base64/);
    expect(message).not.toContain('c2hvcnQta2V5');
    // In production the development key is never accepted for reading either.
    const production = validateEnvironment(
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), TALENT_BANK_ENCRYPTION_KEY: newKey() },
      '/r',
    );
    expect(production.talentBankPreviousEncryptionKeys).toEqual([]);
    expect(production.talentBankEncryptionKeyIsDevelopmentKey).toBe(false);
  });
});
