import type { FieldError } from '@kakehashi/graphql-core';
import { cleanName, length, nameProblems } from '../../institutions/services/institution-fields';

export const TITLE_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_MAX_LENGTH = 30;

const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** Digits with the separators people type: 03-1234-5678, (03) 1234 5678, +81-3-1234-5678, 0120-000-000 内線12 is not. */
const PHONE_PATTERN = /^\+?[0-9]+(?:[- ()]*[0-9]+)*\)?$/;

export interface ContactFieldsInput {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ContactValues {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export function normaliseContactFields(input: ContactFieldsInput): {
  values: ContactValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const name = cleanName(input.name);
  nameProblems(name, 'input.name', '氏名', errors);
  const title = input.title ? cleanName(input.title) || null : null;
  if (title && length(title) > TITLE_MAX_LENGTH)
    errors.push({
      field: 'input.title',
      message: `部署・役職は${TITLE_MAX_LENGTH}文字以内で入力してください。`,
    });
  // Full-width input (ＡＢＣ＠ｅｘａｍｐｌｅ) is common from Japanese IMEs: one canonical lower-case form.
  const email = input.email ? input.email.normalize('NFKC').trim().toLowerCase() || null : null;
  if (email && (length(email) > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email)))
    errors.push({
      field: 'input.email',
      message: 'メールアドレスの形式が正しくありません(例: name@example.jp)。',
    });
  const phone = input.phone ? cleanName(input.phone.normalize('NFKC')) || null : null;
  if (phone && (length(phone) > PHONE_MAX_LENGTH || !PHONE_PATTERN.test(phone)))
    errors.push({
      field: 'input.phone',
      message: '電話番号は数字とハイフンで入力してください(例: 03-1234-5678)。',
    });
  if (!email && !phone)
    errors.push({
      field: 'input.email',
      message: '連絡先としてメールアドレスか電話番号の少なくとも一方を入力してください。',
    });
  return { values: { name, title, email, phone }, errors };
}
