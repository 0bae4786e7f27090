import type { AuthUser } from '@kakehashi/authz';
import { inDatabaseScope } from '@kakehashi/database';
import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import { ReferralImportException } from '../referral-import.exception';
import { readerScopeOf } from './import-scope';
import { countImports, findImport, importsPage } from '../imports.queries';
import type { ReferralImportRecord } from './referral-import.records';

// created_at is compared at full (microsecond) precision, which a JS Date would lose: the cursor carries it as text.
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Imports as the caller may see them: a partner head office its institution's, Center headquarters every one. No
 * institution filter here: the row-level security policy on referral_imports is what keeps institutions apart, so
 * another institution's import is simply not there (NOT_FOUND, never FORBIDDEN).
 */
@Injectable()
export class ReferralImportQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(user: AuthUser, id: string): Promise<ReferralImportRecord> {
    const scope = readerScopeOf(user);
    if (!isUUID(id)) throw ReferralImportException.notFound(id);
    const found = await inDatabaseScope(this.dataSource, scope, (manager) => findImport(manager, id));
    if (!found) throw ReferralImportException.notFound(id);
    return found;
  }

  /** Newest first, on the keyset (created_at, id). */
  async list(
    user: AuthUser,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ReferralImportRecord>> {
    const scope = readerScopeOf(user);
    let after: [string, string] | null = null;
    if (page.after) {
      const [time, id] = decodeCursor(page.after, 2);
      if (typeof time !== 'string' || !CURSOR_TIME.test(time) || typeof id !== 'string' || !isUUID(id)) {
        throw new BadUserInputError([
          { field: 'after', message: 'ページ位置(カーソル)が正しくありません。' },
        ]);
      }
      after = [time, id];
    }
    return inDatabaseScope(this.dataSource, scope, async (manager) => {
      const total = await countImports(manager);
      const rows = await importsPage(manager, after, page.first + 1);
      const times = new Map(rows.map((r) => [r.id, r.cursorTime]));
      const records = rows.map(({ cursorTime: _omitted, ...record }) => record);
      return toConnection(records, page.first, total, (r) => [times.get(r.id) ?? '', r.id]);
    });
  }
}
