// Numbers as Japanese screens and history show them. Grouping is done here rather than by toLocaleString so that the
// text never depends on the ICU data of the machine.

function grouped(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const [whole, fraction] = String(Math.abs(value)).split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`;
}

/** 1,234,000円 */
export function formatYen(yen: number): string {
  return `${grouped(yen)}円`;
}

/** 60% */
export function formatPercent(percent: number): string {
  return `${grouped(percent)}%`;
}

/** 1,200人 */
export function formatPeople(people: number): string {
  return `${grouped(people)}人`;
}
