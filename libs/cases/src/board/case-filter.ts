// The filters the board and the case list share: checked once (Japanese field errors), then applied as SQL on the
// cases table aliased `c`. Company and industry are the offers' companies, either side.
import type { FieldError } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { normalizeText } from '@kakehashi/text';
import { isUUID } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';
import { intError } from '../cases/services/case-input.rules';
import { CaseStage } from '../workflow/case-stage';
import { visibleStages } from './board-stages';

export interface CaseFilter {
  officeId?: string | null;
  consultantId?: string | null;
  moveType?: MoveType | null;
  companyId?: string | null;
  jsicMajorCode?: string | null;
  stages?: CaseStage[] | null;
  stuckForMoreThanDays?: number | null;
  includeClosed?: boolean | null;
}

/** A checked filter; `stages` null means every stage. */
export interface CaseQuery {
  officeId: string | null;
  consultantId: string | null;
  moveType: MoveType | null;
  companyId: string | null;
  jsicMajorCode: string | null;
  stages: CaseStage[] | null;
  stuckForMoreThanDays: number | null;
}

const MAX_STUCK_DAYS = 36_500;
const JSIC_MAJOR = /^[A-T]$/;

/** The filter's problems as field errors under `prefix` (filter.consultantId …). */
export function checkCaseFilter(
  filter: CaseFilter,
  prefix = 'filter',
): { query: CaseQuery; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const id = (name: 'officeId' | 'consultantId' | 'companyId', label: string): string | null => {
    const value = filter[name];
    if (value === null || value === undefined || value === '') return null;
    if (!isUUID(value))
      problems.push({ field: `${prefix}.${name}`, message: `${label}の指定が正しくありません。` });
    return value;
  };
  const officeId = id('officeId', '事務所');
  const consultantId = id('consultantId', '担当コンサルタント');
  const companyId = id('companyId', '企業');

  let jsicMajorCode: string | null = null;
  if (filter.jsicMajorCode) {
    jsicMajorCode = normalizeText(filter.jsicMajorCode).toUpperCase();
    if (!JSIC_MAJOR.test(jsicMajorCode)) {
      problems.push({
        field: `${prefix}.jsicMajorCode`,
        message: '産業分類(大分類)はAからTの1文字で指定してください。',
      });
    }
  }
  if (filter.moveType && !Object.values(MoveType).includes(filter.moveType)) {
    problems.push({ field: `${prefix}.moveType`, message: '形態の指定が正しくありません。' });
  }
  const knownStages = Object.values(CaseStage) as string[];
  if (filter.stages?.some((stage) => !knownStages.includes(stage))) {
    problems.push({ field: `${prefix}.stages`, message: '段階の指定が正しくありません。' });
  }
  const stuck = intError(
    `${prefix}.stuckForMoreThanDays`,
    filter.stuckForMoreThanDays,
    '滞留日数',
    0,
    MAX_STUCK_DAYS,
  );
  if (stuck) problems.push(stuck);

  return {
    problems,
    query: {
      officeId,
      consultantId,
      moveType: filter.moveType ?? null,
      companyId,
      jsicMajorCode,
      stages: visibleStages(filter),
      stuckForMoreThanDays: filter.stuckForMoreThanDays ?? null,
    },
  };
}

/** Narrows `qb` (the cases table as `c`) to the query; parameter names are prefixed so callers can add their own. */
export function applyCaseQuery(qb: SelectQueryBuilder<CaseEntity>, query: CaseQuery): void {
  if (query.officeId) {
    qb.andWhere('("c"."sending_office_id" = :cqOfficeId OR "c"."receiving_office_id" = :cqOfficeId)', {
      cqOfficeId: query.officeId,
    });
  }
  if (query.consultantId) {
    qb.andWhere(
      '("c"."sending_consultant_id" = :cqConsultantId OR "c"."receiving_consultant_id" = :cqConsultantId)',
      { cqConsultantId: query.consultantId },
    );
  }
  if (query.moveType) qb.andWhere('"c"."move_type" = :cqMoveType', { cqMoveType: query.moveType });
  if (query.stages) qb.andWhere('"c"."stage" IN (:...cqStages)', { cqStages: query.stages });
  if (query.companyId) {
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM "sending_offers" "cq_so"
                 WHERE "cq_so"."id" = "c"."sending_offer_id" AND "cq_so"."company_id" = :cqCompanyId)
        OR EXISTS (SELECT 1 FROM "receiving_offers" "cq_ro"
                 WHERE "cq_ro"."id" = "c"."receiving_offer_id" AND "cq_ro"."company_id" = :cqCompanyId))`,
      { cqCompanyId: query.companyId },
    );
  }
  if (query.jsicMajorCode) {
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM "sending_offers" "cq_so" JOIN "companies" "cq_sc" ON "cq_sc"."id" = "cq_so"."company_id"
                 WHERE "cq_so"."id" = "c"."sending_offer_id" AND "cq_sc"."jsic_major_code" = :cqJsic)
        OR EXISTS (SELECT 1 FROM "receiving_offers" "cq_ro" JOIN "companies" "cq_rc" ON "cq_rc"."id" = "cq_ro"."company_id"
                 WHERE "cq_ro"."id" = "c"."receiving_offer_id" AND "cq_rc"."jsic_major_code" = :cqJsic))`,
      { cqJsic: query.jsicMajorCode },
    );
  }
  if (query.stuckForMoreThanDays !== null) {
    // Calendar days in Japan, as daysInStage counts them: more than N days means it entered before today − N.
    qb.andWhere(
      `CAST(timezone('Asia/Tokyo', "c"."stage_entered_at") AS date)
         < CAST(timezone('Asia/Tokyo', now()) AS date) - CAST(:cqStuckDays AS integer)`,
      { cqStuckDays: query.stuckForMoreThanDays },
    );
  }
}
