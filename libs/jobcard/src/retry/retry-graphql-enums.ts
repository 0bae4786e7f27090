// GraphQL names and Japanese labels of the RETRY code lists (the catalogue and rules keep them as string unions).
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import {
  RETRY_GROUP_NAMES,
  RETRY_MENUS,
  type RetryGroup,
  type RetryMenuId,
  retryMenuTitle,
} from './retry-catalogue';
import type { RetryNoteStatus } from './retry-note.entity';
import { RETRY_CAREER_KIND_LABELS, RETRY_IT_LEVEL_LABELS, RETRY_NOTE_STATUS_LABELS } from './retry.messages';
import type { RetryCareerKind, RetryItLevel } from './rules/suggest-retry-menus';

const valuesOf = <V extends string>(labels: Readonly<Record<V, string>>): { readonly [K in V]: K } =>
  Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as { readonly [K in V]: K };

const MENU_LABELS = Object.fromEntries(RETRY_MENUS.map((menu) => [menu.id, retryMenuTitle(menu)])) as Record<
  RetryMenuId,
  string
>;

export const RetryMenuIdValues = valuesOf<RetryMenuId>(MENU_LABELS);
export const RetryGroupValues = valuesOf<RetryGroup>(RETRY_GROUP_NAMES);
export const RetryNoteStatusValues = valuesOf<RetryNoteStatus>(RETRY_NOTE_STATUS_LABELS);
export const RetryCareerKindValues = valuesOf<RetryCareerKind>(RETRY_CAREER_KIND_LABELS);
export const RetryItLevelValues = valuesOf<RetryItLevel>(RETRY_IT_LEVEL_LABELS);

registerLabelledEnum(RetryMenuIdValues, {
  name: 'RetryMenuId',
  description: 'RETRY の教育訓練プログラムのメニュー (仮称) / A RETRY programme menu.',
  labels: MENU_LABELS,
});
registerLabelledEnum(RetryGroupValues, {
  name: 'RetryGroup',
  description: 'RETRY のメニューの分野 / A RETRY menu group.',
  labels: RETRY_GROUP_NAMES,
});
registerLabelledEnum(RetryNoteStatusValues, {
  name: 'RetryNoteStatus',
  description: 'RETRY プログラムの紹介・受講 / Suggested or taken.',
  labels: RETRY_NOTE_STATUS_LABELS,
});
registerLabelledEnum(RetryCareerKindValues, {
  name: 'RetryCareerKind',
  description: '培ってきたキャリア / The career a person built.',
  labels: RETRY_CAREER_KIND_LABELS,
});
registerLabelledEnum(RetryItLevelValues, {
  name: 'RetryItLevel',
  description: 'IT の知識・技能 / IT level.',
  labels: RETRY_IT_LEVEL_LABELS,
});
