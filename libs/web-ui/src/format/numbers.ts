const grouped = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });

/** 「1,234,000円」 */
export function formatYen(amount: number): string {
  return `${grouped.format(amount)}円`;
}

/** A count with its counter word: 「3人」, 「1,200件」. */
export function formatCount(count: number, counter: string): string {
  return `${grouped.format(count)}${counter}`;
}

/** A share (0..1) as 「60%」, to at most one decimal. */
export function formatPercent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${value}%`;
}
