import { PageArgs, registerLabelledEnum } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { CaseStage } from '../workflow/case-graphql-enums';

// Values are checked by the services (case-filter.ts) so direct callers get the same Japanese field errors; @Allow
// keeps them through the validation pipe's whitelist.

export enum CaseSortField {
  STAGE_AGE = 'STAGE_AGE',
  UPDATED_AT = 'UPDATED_AT',
  CASE_NUMBER = 'CASE_NUMBER',
}

export enum CaseSortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export const CASE_SORT_FIELD_LABELS: Record<CaseSortField, string> = {
  STAGE_AGE: '滞留期間',
  UPDATED_AT: '最終更新日時',
  CASE_NUMBER: '案件番号',
};

export const CASE_SORT_DIRECTION_LABELS: Record<CaseSortDirection, string> = {
  ASC: '昇順',
  DESC: '降順',
};

registerLabelledEnum(CaseSortField, {
  name: 'CaseSortField',
  description: '案件の並び順の項目 / What cases are sorted by.',
  labels: CASE_SORT_FIELD_LABELS,
  descriptions: { STAGE_AGE: '現在の段階に入ってからの期間(降順で滞留の長い順)' },
});
registerLabelledEnum(CaseSortDirection, {
  name: 'CaseSortDirection',
  description: '昇順・降順 / Ascending or descending.',
  labels: CASE_SORT_DIRECTION_LABELS,
  descriptions: { ASC: '小さい順・古い順', DESC: '大きい順・新しい順' },
});

@InputType('CaseSort', {
  description:
    '案件の並び順 (既定: 滞留の長い順)。同順位は案件IDで安定 / Sort order; the default puts the longest in their stage first.',
})
export class CaseSortInput {
  @Field(() => CaseSortField, { defaultValue: CaseSortField.STAGE_AGE })
  @Allow()
  field: CaseSortField = CaseSortField.STAGE_AGE;

  @Field(() => CaseSortDirection, { defaultValue: CaseSortDirection.DESC })
  @Allow()
  direction: CaseSortDirection = CaseSortDirection.DESC;
}

@InputType('CaseBoardFilter', {
  description: '案件の絞り込み条件 (すべて AND) / Case filters, combined with AND.',
})
export class CaseBoardFilterInput {
  @Field(() => ID, {
    nullable: true,
    description: '担当コンサルタント (送出側・受入側のいずれか) / Consultant in charge, either side.',
  })
  @Allow()
  consultantId?: string | null;

  @Field(() => MoveType, { nullable: true, description: '在籍型出向・移籍 / Move type.' })
  @Allow()
  moveType?: MoveType | null;

  @Field(() => ID, {
    nullable: true,
    description: '企業 (送出企業・受入企業のいずれか) / Company, either side.',
  })
  @Allow()
  companyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '産業分類 大分類 (送出企業・受入企業のいずれか) / JSIC major group of either company.',
  })
  @Allow()
  jsicMajorCode?: string | null;

  @Field(() => [CaseStage], {
    nullable: true,
    description: '段階 (指定した段階のみ。終了した段階も指定できる) / Only these stages.',
  })
  @Allow()
  stages?: CaseStage[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '現在の段階に N 日を超えて滞留している案件 (日本時間の暦日で数える) / In the current stage for more than N days.',
  })
  @Allow()
  stuckForMoreThanDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '完了・不成立の案件も含める (既定: 含めない) / Include completed and not-established cases.',
  })
  @Allow()
  includeClosed?: boolean | null;
}

@InputType('CaseFilter', {
  description: '案件一覧の絞り込み条件 (すべて AND) / Case list filters, combined with AND.',
})
export class CaseFilterInput extends CaseBoardFilterInput {
  @Field(() => ID, {
    nullable: true,
    description:
      '事務所 (送出側・受入側のいずれか。省略時は全事務所) / Office, either side; all when omitted.',
  })
  @Allow()
  officeId?: string | null;
}

export const DEFAULT_PER_STAGE = 50;
export const MAX_PER_STAGE = 100;

@ArgsType()
export class CaseBoardArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      '事務所 (送出側・受入側のいずれかがこの事務所の案件。省略時は自分の所属事務所) / Office; defaults to the caller’s.',
  })
  @Allow()
  officeId?: string | null;

  @Field(() => CaseBoardFilterInput, { nullable: true })
  @Allow()
  filter?: CaseBoardFilterInput | null;

  @Field(() => CaseSortInput, { nullable: true, description: '各列の並び順 / Order within each column.' })
  @Allow()
  sort?: CaseSortInput | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_PER_STAGE,
    description: `各列に載せる案件の上限 (0〜${MAX_PER_STAGE}、件数は常に全件) / Cases per column; counts stay exact.`,
  })
  @Allow()
  perStage: number = DEFAULT_PER_STAGE;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilterInput, { nullable: true })
  @Allow()
  filter?: CaseFilterInput | null;

  @Field(() => CaseSortInput, { nullable: true })
  @Allow()
  sort?: CaseSortInput | null;
}
