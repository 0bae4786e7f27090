// AES-256-GCM for the registrants' date of birth and contact details. Each value is sealed with a fresh 96-bit IV
// and bound (as associated data) to its registrant and column, so a ciphertext copied to another row or column fails
// to open. The stored text names its key (a fingerprint, not the key), so keys can rotate: new writes use the current
// key, older values still open with a previous key from configuration until they are written again.
import { AppConfig, TALENT_BANK_DEVELOPMENT_KEY } from '@kakehashi/config';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The registrant columns that are encrypted. */
export type EncryptedField = 'dateOfBirth' | 'phone' | 'email' | 'address';

/** A key's public name: a fingerprint from which the key cannot be recovered. */
export function encryptionKeyId(key: Buffer): string {
  return createHash('sha256').update('kakehashi talent bank key id\0').update(key).digest('hex').slice(0, 16);
}

export class PersonalDataDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataDecryptionError';
  }
}

@Injectable()
export class PersonalDataCipher {
  private readonly current: { id: string; key: Buffer };
  private readonly keys = new Map<string, Buffer>();

  constructor(
    // Absent only in test modules composed without an application config: the development key then.
    @Optional() @Inject(AppConfig) config?: AppConfig | null,
  ) {
    const key = config?.talentBankEncryptionKey ?? TALENT_BANK_DEVELOPMENT_KEY;
    const previous = config?.talentBankPreviousEncryptionKeys ?? [];
    if (key.length !== 32) throw new Error('The talent bank encryption key must be 32 bytes.');
    this.current = { id: encryptionKeyId(key), key };
    for (const k of [key, ...previous]) {
      if (k.length === 32 && !this.keys.has(encryptionKeyId(k))) this.keys.set(encryptionKeyId(k), k);
    }
  }

  /** The id of the key new values are sealed with. */
  get keyId(): string {
    return this.current.id;
  }

  encrypt(plaintext: string, registrantId: string, field: EncryptedField): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(registrantId, field));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.current.id, b64(iv), b64(cipher.getAuthTag()), b64(body)].join('.');
  }

  encryptNullable(plaintext: string | null, registrantId: string, field: EncryptedField): string | null {
    return plaintext === null ? null : this.encrypt(plaintext, registrantId, field);
  }

  /** Throws PersonalDataDecryptionError (never showing the value) when the key is unknown or the text was altered. */
  decrypt(sealed: string, registrantId: string, field: EncryptedField): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== FORMAT)
      throw new PersonalDataDecryptionError(`${field}: not a sealed value of format ${FORMAT}`);
    const [, keyId, iv, tag, body] = parts;
    const key = this.keys.get(keyId);
    if (!key) {
      throw new PersonalDataDecryptionError(
        `${field}: sealed with key ${keyId}, which is not configured (TALENT_BANK_ENCRYPTION_KEY or TALENT_BANK_PREVIOUS_KEYS)`,
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(associatedData(registrantId, field));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new PersonalDataDecryptionError(`${field}: the sealed value does not open (altered or moved)`);
    }
  }

  decryptNullable(sealed: string | null, registrantId: string, field: EncryptedField): string | null {
    return sealed === null ? null : this.decrypt(sealed, registrantId, field);
  }
}

function associatedData(registrantId: string, field: EncryptedField): Buffer {
  return Buffer.from(`talent_bank_registrants/${registrantId}/${field}`, 'utf8');
}

function b64(buffer: Buffer): string {
  return buffer.toString('base64url');
}
