import { DEFAULT_FACTOR_WEIGHTS, FACTOR_KEYS, FactorKey } from './factor-weights';
import { F_PERIOD, pairWeights } from './pair-scorer';

const sum = (w: Float64Array) => w.reduce((a, b) => a + b, 0);
const zero = Object.fromEntries(FACTOR_KEYS.map((k) => [k, 0])) as Record<FactorKey, number>;

describe('pairWeights', () => {
  it('gives a transfer’s period no weight and keeps the other factors in proportion', () => {
    const { secondment, transfer } = pairWeights(DEFAULT_FACTOR_WEIGHTS);
    expect(secondment[F_PERIOD]).toBeCloseTo(0.08, 12);
    expect(transfer[F_PERIOD]).toBe(0);
    expect(sum(transfer)).toBeCloseTo(1, 12);
    const occupation = FACTOR_KEYS.indexOf(FactorKey.OCCUPATION);
    const region = FACTOR_KEYS.indexOf(FactorKey.REGION);
    expect(transfer[occupation]).toBeCloseTo(0.12 / 0.92, 12);
    expect(transfer[occupation] / transfer[region]).toBeCloseTo(1, 12);
  });

  it('weighs every other factor alike for a transfer when the administrator weighted only the period', () => {
    const { secondment, transfer } = pairWeights({ ...zero, PERIOD: 1 });
    expect(secondment[F_PERIOD]).toBe(1);
    expect(transfer[F_PERIOD]).toBe(0);
    for (let i = 0; i < FACTOR_KEYS.length; i++)
      if (i !== F_PERIOD) expect(transfer[i]).toBeCloseTo(1 / 11, 12);
  });
});
