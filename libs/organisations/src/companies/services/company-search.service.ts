import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import {
  CORPORATE_NUMBER_MESSAGES,
  escapeLikePattern,
  normalizeCorporateNumber,
  normalizeText,
  searchTermsFor,
} from '@kakehashi/text';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { CompanyEntity, type CompanySize } from '../company.entity';
import { CompanyException } from '../company.exception';

const CORPORATE_NUMBER = /^[0-9]{13}$/;

export interface CompanyFilter {
  query?: string | null;
  corporateNumber?: string | null;
  prefectureCode?: string | null;
  jsicMajorCode?: string | null;
  owningOfficeId?: string | null;
  size?: CompanySize | null;
}

/**
 * Lists companies page by page, ordered by the normalised name then id (a stable keyset, so cursors never skip or
 * repeat a company while others are added).
 */
@Injectable()
export class CompanySearchService {
  constructor(@InjectRepository(CompanyEntity) private readonly companies: Repository<CompanyEntity>) {}

  async findById(id: string): Promise<CompanyEntity | null> {
    return isUUID(id) ? this.companies.findOneBy({ id }) : null;
  }

  async list(
    filter: CompanyFilter,
    page: { first: number; after?: string | null },
  ): Promise<Connection<CompanyEntity>> {
    const qb = this.companies.createQueryBuilder('c');
    this.applyFilter(qb, filter);
    if (!page.after) return this.firstPage(qb, page.first);
    const totalCount = await qb.getCount();
    const [afterKey, afterId] = decodeCursor(page.after, 2);
    if (typeof afterKey !== 'string' || typeof afterId !== 'string' || !isUUID(afterId)) {
      throw new BadUserInputError([{ field: 'after', message: 'ページ位置(カーソル)が正しくありません。' }]);
    }
    qb.andWhere('(c.nameSearchKey, c.id) > (:afterKey, CAST(:afterId AS uuid))', { afterKey, afterId });
    const rows = await ordered(qb, page.first).getMany();
    return toConnection(rows, page.first, totalCount, (row) => [row.nameSearchKey, row.id]);
  }

  /**
   * The first page and the count in one statement (a window count over the filtered rows): the list every screen
   * opens costs one round trip. No row means no match at all, so the count is then 0.
   */
  private async firstPage(
    qb: SelectQueryBuilder<CompanyEntity>,
    first: number,
  ): Promise<Connection<CompanyEntity>> {
    const { entities, raw } = await ordered(
      qb.addSelect('COUNT(*) OVER ()', 'total_count'),
      first,
    ).getRawAndEntities<{ total_count: string }>();
    const totalCount = raw.length ? Number(raw[0].total_count) : 0;
    return toConnection(entities, first, totalCount, (row) => [row.nameSearchKey, row.id]);
  }

  private applyFilter(qb: SelectQueryBuilder<CompanyEntity>, filter: CompanyFilter): void {
    const query = (filter.query ?? '').trim();
    if (query) {
      const asNumber = normalizeCorporateNumber(query);
      if (CORPORATE_NUMBER.test(asNumber)) {
        // Thirteen digits are a corporate number, never part of a name: search it exactly.
        qb.andWhere('c.corporateNumber = :queryNumber', { queryNumber: asNumber });
      } else {
        // Every term must appear in the name key or in the kana key (ヤマダ + 製作所 finds 山田製作所/ヤマダセイサクショ).
        searchTermsFor(query).forEach((term, i) => {
          qb.andWhere(`(c.nameSearchKey LIKE :term${i} OR c.kanaSearchKey LIKE :term${i})`, {
            [`term${i}`]: `%${escapeLikePattern(term)}%`,
          });
        });
      }
    }
    if (filter.corporateNumber) {
      const corporateNumber = normalizeCorporateNumber(filter.corporateNumber);
      if (!CORPORATE_NUMBER.test(corporateNumber)) {
        throw CompanyException.invalidInput([
          { field: 'filter.corporateNumber', message: CORPORATE_NUMBER_MESSAGES.FORMAT },
        ]);
      }
      qb.andWhere('c.corporateNumber = :corporateNumber', { corporateNumber });
    }
    if (filter.prefectureCode) {
      qb.andWhere('c.prefectureCode = :prefectureCode', {
        prefectureCode: normalizeText(filter.prefectureCode),
      });
    }
    if (filter.jsicMajorCode) {
      qb.andWhere('c.jsicMajorCode = :jsicMajorCode', {
        jsicMajorCode: normalizeText(filter.jsicMajorCode).toUpperCase(),
      });
    }
    if (filter.owningOfficeId) {
      if (!isUUID(filter.owningOfficeId)) {
        throw CompanyException.invalidInput([
          { field: 'filter.owningOfficeId', message: '担当事務所の指定が正しくありません。' },
        ]);
      }
      qb.andWhere('c.owningOfficeId = :owningOfficeId', { owningOfficeId: filter.owningOfficeId });
    }
    if (filter.size) {
      qb.andWhere('c.size = :size', { size: filter.size });
    }
  }
}

/** By the normalised name then id (a stable keyset), one row more than the page to tell whether another follows. */
function ordered(qb: SelectQueryBuilder<CompanyEntity>, first: number): SelectQueryBuilder<CompanyEntity> {
  return qb
    .orderBy('c.nameSearchKey', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(first + 1);
}
