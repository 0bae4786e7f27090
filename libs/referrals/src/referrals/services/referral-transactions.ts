import type { AuthUser } from '@kakehashi/authz';
import { inDatabaseScope, type DatabaseScope } from '@kakehashi/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ReferralException } from '../../referral.exception';
import { databaseScopeOf } from '../referral-scope';

const CENTER: DatabaseScope = { kind: 'center' };

/**
 * The one way this library reaches the referral tables: a transaction whose row-level security scope is the
 * caller's (set_config(..., true), so it ends with the transaction). A partner account without its institution or
 * branch is refused here: the policies would show it nothing anyway.
 */
@Injectable()
export class ReferralTransactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(user: AuthUser, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return inDatabaseScope(this.dataSource, this.scopeOf(user), work);
  }

  /** Jobs and the system's own steps (nobody signed in): the Center's scope. */
  runAsSystem<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return inDatabaseScope(this.dataSource, CENTER, work);
  }

  scopeOf(user: AuthUser): DatabaseScope {
    const scope = databaseScopeOf(user);
    if (!scope) throw ReferralException.noPartnerScope();
    return scope;
  }
}
