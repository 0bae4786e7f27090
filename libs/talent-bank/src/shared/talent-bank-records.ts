import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { RegistrantEntity } from '../registrants/registrant.entity';
import { TalentBankException } from '../talent-bank.exception';

/** Look-ups every use case needs, on the application's DataSource or inside the caller's transaction. */
@Injectable()
export class TalentBankRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async registrant(id: string, manager: EntityManager = this.dataSource.manager): Promise<RegistrantEntity> {
    const found = isUUID(id) ? await manager.findOneBy(RegistrantEntity, { id }) : null;
    if (!found) throw TalentBankException.notFound('登録者', id);
    return found;
  }

  /** The registrant, locked for the rest of the caller's transaction (one writer at a time). */
  async lockedRegistrant(id: string, manager: EntityManager): Promise<RegistrantEntity> {
    const found = isUUID(id)
      ? await manager.findOne(RegistrantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!found) throw TalentBankException.notFound('登録者', id);
    return found;
  }

  /** Inside a transaction pass its manager: the embedded default has one connection, and the transaction holds it. */
  async officeName(officeId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const rows = await manager.query<{ name: string }[]>(
      `SELECT "name_ja" AS "name" FROM "offices" WHERE "id" = $1`,
      [officeId],
    );
    return rows[0]?.name ?? '他の事務所';
  }

  async officeExists(officeId: string): Promise<boolean> {
    if (!isUUID(officeId)) return false;
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM "offices" WHERE "id" = $1`, [
      officeId,
    ]);
    return rows.length > 0;
  }
}
