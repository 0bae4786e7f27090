import type { DataSource } from 'typeorm';
// STUB
export async function seedReferenceData(_dataSource: DataSource): Promise<Record<string, number>> {
  return {};
}
