// Normalisation and validation of a dictionary entry, shared by the API and the reference seed. Pure: collisions with
// other entries are checked by SkillWriteService.
import type { FieldError } from '@kakehashi/graphql-core';
import { normalizeText, skillLabel, skillMatchKey, toKatakana } from '@kakehashi/text';
import { SkillCategory } from '../skill.entity';

export interface SkillFieldsInput {
  name?: string | null;
  reading?: string | null;
  category?: string | null;
  synonyms?: readonly string[] | null;
  implies?: readonly string[] | null;
}

export interface SkillValues {
  name: string;
  reading: string;
  category: SkillCategory;
  synonyms: string[];
  implies: string[];
}

export const SKILL_LIMITS = { name: 100, reading: 200, synonym: 100, synonyms: 30, implies: 20 } as const;

export const SKILL_FIELD_MESSAGES = {
  nameRequired: '名称を入力してください。',
  nameTooLong: `名称は${SKILL_LIMITS.name}文字以内で入力してください。`,
  nameUnreadable: '名称には文字を含めてください(記号だけの名称は登録できません)。',
  readingRequired: '読みを入力してください。',
  readingInvalid: '読みはカタカナまたはひらがなで入力してください。',
  readingTooLong: `読みは${SKILL_LIMITS.reading}文字以内で入力してください。`,
  categoryInvalid: '分類は「免許(LICENCE)」「資格(QUALIFICATION)」「スキル(SKILL)」から選択してください。',
  synonymTooLong: `別名は${SKILL_LIMITS.synonym}文字以内で入力してください。`,
  tooManySynonyms: `別名は${SKILL_LIMITS.synonyms}件以内で入力してください。`,
  tooManyImplies: `包含する項目は${SKILL_LIMITS.implies}件以内で指定してください。`,
  aliasTaken: (text: string, other: string) =>
    `「${text}」は既に「${other}」の名称・読み・別名として登録されています。`,
  impliesUnknown: (name: string) => `包含する項目「${name}」は辞書にありません。`,
  impliesItself: '自分自身を包含する項目には指定できません。',
} as const;

/** Katakana (with ヴヵヶ), ー, the middle dot and single spaces. */
const KANA_ONLY = /^[\u30A1-\u30FA\u30FB\u30FC ]+$/;
const DASH_AFTER_KANA = /(?<=[\u30A1-\u30FA\u30FC])[-\u2010-\u2015\u2212]/g;

function charLength(s: string): number {
  return [...s].length;
}

/** Every problem at once; `values` must not be stored when there are errors. */
export function normaliseSkillFields(
  input: SkillFieldsInput,
  fieldPrefix = 'input',
): { values: SkillValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${fieldPrefix}.${field}`, message });

  const name = skillLabel(input.name ?? '');
  if (name === '') fail('name', SKILL_FIELD_MESSAGES.nameRequired);
  else if (charLength(name) > SKILL_LIMITS.name || charLength(skillMatchKey(name)) > SKILL_LIMITS.name)
    fail('name', SKILL_FIELD_MESSAGES.nameTooLong);
  else if (skillMatchKey(name) === '') fail('name', SKILL_FIELD_MESSAGES.nameUnreadable);

  const reading = toKatakana(normalizeText(input.reading ?? '')).replace(DASH_AFTER_KANA, 'ー');
  if (reading === '') fail('reading', SKILL_FIELD_MESSAGES.readingRequired);
  else if (!KANA_ONLY.test(reading)) fail('reading', SKILL_FIELD_MESSAGES.readingInvalid);
  else if (charLength(reading) > SKILL_LIMITS.reading) fail('reading', SKILL_FIELD_MESSAGES.readingTooLong);

  const categoryText = normalizeText(input.category ?? '').toUpperCase();
  const category = (Object.values(SkillCategory) as string[]).includes(categoryText)
    ? (categoryText as SkillCategory)
    : null;
  if (category === null) fail('category', SKILL_FIELD_MESSAGES.categoryInvalid);

  const synonyms: string[] = [];
  (input.synonyms ?? []).forEach((raw, index) => {
    const synonym = skillLabel(raw);
    if (synonym === '' || skillMatchKey(synonym) === '') return;
    if (charLength(synonym) > SKILL_LIMITS.synonym)
      fail(`synonyms.${index}`, SKILL_FIELD_MESSAGES.synonymTooLong);
    else if (!synonyms.includes(synonym)) synonyms.push(synonym);
  });
  if (synonyms.length > SKILL_LIMITS.synonyms) fail('synonyms', SKILL_FIELD_MESSAGES.tooManySynonyms);

  const implies: string[] = [];
  (input.implies ?? []).forEach((raw, index) => {
    const implied = skillLabel(raw);
    if (implied === '') return;
    if (name !== '' && skillMatchKey(implied) === skillMatchKey(name))
      fail(`implies.${index}`, SKILL_FIELD_MESSAGES.impliesItself);
    else if (!implies.includes(implied)) implies.push(implied);
  });
  if (implies.length > SKILL_LIMITS.implies) fail('implies', SKILL_FIELD_MESSAGES.tooManyImplies);

  return { values: { name, reading, category: category ?? SkillCategory.SKILL, synonyms, implies }, errors };
}
