import { JobName, JobProcessor, QueueName, type JobContext, type JobHandler } from '@kakehashi/jobs';
import { companyNameSearchKey } from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CompanyEntity } from '../company.entity';

export interface RebuildCompanySearchKeysResult {
  scanned: number;
  updated: number;
}

/**
 * Recomputes the stored search keys after the normalisation rules change (e.g. a new legal designator), in batches
 * so a large table never sits in one transaction. Idempotent: only rows whose key differs are written, so a retry or
 * a second run changes nothing more.
 */
@Injectable()
@JobProcessor(QueueName.MAINTENANCE, JobName.REBUILD_COMPANY_SEARCH_KEYS)
export class RebuildCompanySearchKeysProcessor implements JobHandler<object> {
  static readonly BATCH_SIZE = 500;

  constructor(@InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>) {}

  async handle(_data: object, context: JobContext): Promise<RebuildCompanySearchKeysResult> {
    const total = await this.companies.count();
    let scanned = 0;
    let updated = 0;
    let lastId: string | null = null;
    for (;;) {
      // Keyset on id: stable while companies are added, and no OFFSET scan that grows with every batch.
      const qb = this.companies
        .createQueryBuilder('c')
        .select(['c.id', 'c.legalName', 'c.legalNameKana', 'c.nameSearchKey', 'c.kanaSearchKey'])
        .orderBy('c.id', 'ASC')
        .take(RebuildCompanySearchKeysProcessor.BATCH_SIZE);
      if (lastId) qb.where('c.id > :lastId', { lastId });
      const batch = await qb.getMany();
      if (batch.length === 0) break;

      const stale = batch
        .map((row) => ({
          row,
          nameSearchKey: companyNameSearchKey(row.legalName),
          kanaSearchKey: companyNameSearchKey(row.legalNameKana ?? ''),
        }))
        .filter((c) => c.nameSearchKey !== c.row.nameSearchKey || c.kanaSearchKey !== c.row.kanaSearchKey);
      if (stale.length) updated += await this.writeKeys(stale);

      scanned += batch.length;
      lastId = batch[batch.length - 1].id;
      // Companies added during the run can push scanned past the first count; 100 is reported at the end only.
      await context.updateProgress(total === 0 ? 99 : Math.min(99, Math.floor((scanned * 100) / total)));
    }
    await context.updateProgress(100);
    return { scanned, updated };
  }

  /**
   * One statement per batch. A row is written only if its names are still the ones the keys were computed from, so
   * a user's edit made meanwhile (which stores its own keys) is never overwritten. Neither version nor updated_at
   * changes: the keys are derived data, and bumping the version would fail the edits users have open.
   */
  private async writeKeys(
    stale: { row: CompanyEntity; nameSearchKey: string; kanaSearchKey: string }[],
  ): Promise<number> {
    const rows: { n: number }[] = await this.companies.query(
      `WITH updated AS (
         UPDATE "companies" AS c
            SET "name_search_key" = v.name_key, "kana_search_key" = v.kana_key
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
                AS v(id, legal_name, legal_name_kana, name_key, kana_key)
          WHERE c."id" = v.id
            AND c."legal_name" = v.legal_name
            AND c."legal_name_kana" IS NOT DISTINCT FROM v.legal_name_kana
         RETURNING 1
       )
       SELECT count(*)::int AS n FROM updated`,
      [
        stale.map((s) => s.row.id),
        stale.map((s) => s.row.legalName),
        stale.map((s) => s.row.legalNameKana),
        stale.map((s) => s.nameSearchKey),
        stale.map((s) => s.kanaSearchKey),
      ],
    );
    return rows[0].n;
  }
}
