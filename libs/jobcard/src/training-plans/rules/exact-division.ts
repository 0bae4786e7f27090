// Integer quotients for the rules' figures: exact for non-negative safe integers, no floating-point rounding.

/** ⌊a / b⌋ for a ≥ 0, b > 0. */
export const floorDiv = (a: number, b: number): number => (a - (a % b)) / b;

/** ⌈a / b⌉ for a ≥ 0, b > 0. */
export const ceilDiv = (a: number, b: number): number => floorDiv(a + b - 1, b);
