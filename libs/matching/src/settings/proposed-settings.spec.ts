import { DEFAULT_MATCHING_SETTINGS, FACTOR_KEYS, FactorKey } from '../engine/factor-weights';
import { proposedSettings } from './proposed-settings';

describe('proposedSettings (shared by the preview and the save)', () => {
  it('lays the changed weights and switch over the settings in force, leaving them untouched', () => {
    const current = DEFAULT_MATCHING_SETTINGS;
    const { settings, fields } = proposedSettings(current, {
      weights: [{ factor: FactorKey.TEXT, weight: 0.3 }],
      excludeMissingRequired: true,
    });
    expect(fields).toEqual([]);
    expect(settings.weights).toEqual({ ...current.weights, TEXT: 0.3 });
    expect(settings.excludeMissingRequired).toBe(true);
    expect(current.weights.TEXT).toBe(0.12);
    expect(proposedSettings(current, {}).settings).toEqual(current);
  });

  it('names a factor given twice, and weights that would all be zero', () => {
    const twice = proposedSettings(DEFAULT_MATCHING_SETTINGS, {
      weights: [
        { factor: FactorKey.REGION, weight: 1 },
        { factor: FactorKey.REGION, weight: 2 },
      ],
    });
    expect(twice.fields).toEqual([
      { field: 'input.weights.1.factor', message: '同じ要素が複数回指定されています。' },
    ]);
    const zero = proposedSettings(DEFAULT_MATCHING_SETTINGS, {
      weights: FACTOR_KEYS.map((factor) => ({ factor, weight: 0 })),
    });
    expect(zero.fields.map((f) => f.field)).toEqual(['input.weights']);
  });
});
