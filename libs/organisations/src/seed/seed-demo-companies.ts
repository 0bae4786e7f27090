import type { DataSource } from 'typeorm';
// STUB
export async function seedDemoCompanies(_dataSource: DataSource): Promise<number> {
  return 0;
}
