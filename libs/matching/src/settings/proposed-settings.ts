import type { FieldError } from '@kakehashi/graphql-core';
import { FACTOR_KEYS, type FactorKey, type MatchingSettings } from '../engine/factor-weights';

/** Weights as an administrator sends them: the factors to change, each once. */
export interface WeightChanges {
  weights?: readonly { factor: FactorKey; weight: number }[] | null;
  excludeMissingRequired?: boolean | null;
}

/**
 * The settings in force with an administrator's changes laid over them, and what is wrong with the changes (a factor
 * named twice, every weight zero). Shared by the preview and the save, so a preview shows exactly what a save keeps.
 */
export function proposedSettings(
  current: MatchingSettings,
  changes: WeightChanges,
): { settings: MatchingSettings; fields: FieldError[] } {
  const weights = { ...current.weights };
  const fields: FieldError[] = [];
  const seen = new Set<FactorKey>();
  (changes.weights ?? []).forEach((entry, i) => {
    if (seen.has(entry.factor)) {
      fields.push({ field: `input.weights.${i}.factor`, message: '同じ要素が複数回指定されています。' });
    }
    seen.add(entry.factor);
    weights[entry.factor] = entry.weight;
  });
  if (FACTOR_KEYS.every((key) => weights[key] === 0)) {
    fields.push({
      field: 'input.weights',
      message: '少なくとも1つの要素に0より大きい重みを設定してください。',
    });
  }
  return {
    settings: {
      weights,
      excludeMissingRequired: changes.excludeMissingRequired ?? current.excludeMissingRequired,
    },
    fields,
  };
}
