// Made once: building a number format loads locale data, and an estimate formats dozens of amounts.
const JA_NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

/** A whole count with Japanese digit grouping: 1200 → 1,200. */
export function formatCount(n: number): string {
  return JA_NUMBER.format(n);
}

/** An amount in yen as the computations show it to users: 91200 → 91,200円. */
export function formatYen(n: number): string {
  return `${JA_NUMBER.format(n)}円`;
}
