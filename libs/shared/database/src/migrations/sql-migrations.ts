import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { prismaPath } from '../paths';

/**
 * Migrations are reviewed SQL in `prisma/migrations/<timestamp>_<name>/{up,down}.sql`. Each folder becomes a TypeORM
 * migration class so TypeORM's migration table, locking and transactions are reused unchanged.
 */
export function loadSqlMigrations(directory = prismaPath('migrations')): (new () => MigrationInterface)[] {
  const folders = fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{14}_[a-z0-9_]+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  return folders.map((folder) => sqlMigrationClass(directory, folder));
}

function sqlMigrationClass(directory: string, folder: string): new () => MigrationInterface {
  const [stamp, ...words] = folder.split('_');
  const up = fs.readFileSync(path.join(directory, folder, 'up.sql'), 'utf8');
  const down = fs.readFileSync(path.join(directory, folder, 'down.sql'), 'utf8');
  // TypeORM reads the migration's timestamp from the last 13 digits of its name.
  const timestamp = Date.UTC(
    Number(stamp.slice(0, 4)),
    Number(stamp.slice(4, 6)) - 1,
    Number(stamp.slice(6, 8)),
    Number(stamp.slice(8, 10)),
    Number(stamp.slice(10, 12)),
    Number(stamp.slice(12, 14)),
  );
  const name = `${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}${timestamp}`;
  const migration = class implements MigrationInterface {
    name = name;
    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(up);
    }
    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(down);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
