import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { RegistrantEntity } from '../registrants/registrant.entity';
import { TalentBankException } from '../talent-bank.exception';

/** What runs SQL: the DataSource, or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * Look-ups every use case needs, on the application's DataSource or inside the caller's transaction, and the talent
 * bank's SQL on other modules' offices, companies and reference data.
 */
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

  /** The company's owning office; none when there is no such company (`id` must be a UUID). */
  async company(id: string): Promise<{ owningOfficeId: string } | undefined> {
    const rows = await this.dataSource.query<{ owningOfficeId: string }[]>(
      `SELECT "owning_office_id" AS "owningOfficeId" FROM "companies" WHERE "id" = $1`,
      [id],
    );
    return rows[0];
  }

  /** Inside a transaction pass its manager (see officeName). `id` must be a UUID. */
  async companyExists(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM "companies" WHERE "id" = $1`, [id]);
    return rows.length > 0;
  }

  /** Every prefecture: its name and region (地方). */
  prefectures(): Promise<{ code: string; name: string; region: string }[]> {
    return this.dataSource.query(
      `SELECT "code", "name_ja" AS "name", "region_ja" AS "region" FROM "prefectures"`,
    );
  }

  /** The names of the occupation major groups given, or of all of them. */
  occupations(codes?: readonly string[]): Promise<{ code: string; name: string }[]> {
    return codes === undefined
      ? this.dataSource.query(`SELECT "code", "name_ja" AS "name" FROM "occupation_major_groups"`)
      : this.dataSource.query(
          `SELECT "code", "name_ja" AS "name" FROM "occupation_major_groups" WHERE "code" = ANY($1::text[])`,
          [codes],
        );
  }

  async officeExists(officeId: string): Promise<boolean> {
    if (!isUUID(officeId)) return false;
    const rows = await this.dataSource.query<unknown[]>(`SELECT 1 FROM "offices" WHERE "id" = $1`, [
      officeId,
    ]);
    return rows.length > 0;
  }
}
