import { dictionary } from '@zxcvbn-ts/language-common';

// The one place that decides whether a password may be set: by an administrator (createUser, createPartnerUser,
// the operators' CLI, all through UserAdministrationService) or by its owner (changeMyPassword). Demo accounts are
// seeded with a hash written directly, not through here.

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it is not a way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 256;

/** Whose password it is: a password made of the owner's own address or name is among the first guesses. */
export interface PasswordOwner {
  email: string;
  name: string;
}

// Control and invisible format characters (newline, tab, NUL, zero-width space, bidi overrides): they cannot be
// typed reliably on another device and make two passwords that look the same differ.
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_ONLY = /^[\x20-\x7e]*$/;

let common: ReadonlySet<string> | undefined;

/**
 * zxcvbn-ts's list of the most common leaked passwords (≈49,000, lower-case), kept to those long enough to pass the
 * length rule. Built on first use: the CLI and the API pay for it only when a password is actually set.
 */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    dictionary['passwords-common'].filter((password) => [...password].length >= PASSWORD_MIN_LENGTH),
  );
  return common;
}

/** Case- and width-insensitive form: ＰＡＳＳ and Pass compare equal to pass. */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The pieces of an address or name worth looking for: the whole, and its parts between separators. Short Latin
 * parts (`a`, `li`, `iso`, `tom`) occur by chance in ordinary passphrases, so they need 4 characters; a kanji or
 * kana part carries more per character and counts from 2 (鈴木).
 */
function personalPieces(text: string): string[] {
  const whole = folded(text).trim();
  const pieces = [whole, whole.replace(SEPARATORS, ''), ...whole.split(SEPARATORS)];
  return [...new Set(pieces)].filter((piece) => [...piece].length >= (ASCII_ONLY.test(piece) ? 4 : 2));
}

function ownDataProblem(password: string, owner: PasswordOwner): string | null {
  const candidate = folded(password);
  const email = folded(owner.email).trim();
  const localPart = email.split('@')[0] ?? '';
  if ([email, ...personalPieces(localPart)].some((piece) => piece && candidate.includes(piece)))
    return 'パスワードにメールアドレス(またはその一部)を含めることはできません。';
  if (personalPieces(owner.name).some((piece) => candidate.includes(piece)))
    return 'パスワードに氏名(またはその一部)を含めることはできません。';
  return null;
}

/** Why `password` may not be set for `owner`, in Japanese for the field; null when it may. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください。`;
  if (length > PASSWORD_MAX_LENGTH) return `パスワードは${PASSWORD_MAX_LENGTH}文字以内で入力してください。`;
  if (CONTROL_OR_FORMAT.test(password))
    return 'パスワードに制御文字(改行・タブ・ゼロ幅文字など)は使用できません。';
  const own = ownDataProblem(password, owner);
  if (own) return own;
  if (commonPasswords().has(folded(password)))
    return 'よく使われているパスワードのため使用できません。推測されにくいものを指定してください。';
  return null;
}
