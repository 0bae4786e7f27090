import type { Logger } from 'typeorm';

const ignore = (): void => undefined;

/** A TypeORM logger that counts the SQL statements, to prove relations are batched (no N+1). */
export class QueryCounter implements Logger {
  readonly queries: string[] = [];

  logQuery(query: string): void {
    this.queries.push(query);
  }

  // Only queries are counted.
  readonly logQueryError = ignore;
  readonly logQuerySlow = ignore;
  readonly logSchemaBuild = ignore;
  readonly logMigration = ignore;
  readonly log = ignore;

  reset(): void {
    this.queries.length = 0;
  }

  /** SELECT statements reading `table`. */
  selectsFrom(table: string): number {
    return this.queries.filter((q) => q.startsWith('SELECT') && q.includes(`FROM "${table}"`)).length;
  }
}
