export * from './data-source-options';
export * from './database-connection';
export * from './database.module';
export * from './embedded/embedded-postgres';
export * from './migrations/sql-migrations';
export * from './paths';
export * from './seed/read-seed-csv';
export * from './snake-naming.strategy';
