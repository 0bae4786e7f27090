import type { DataSource } from 'typeorm';
// STUB
export async function seedDemoUsers(_dataSource: DataSource, _password: string): Promise<number> {
  return 0;
}
