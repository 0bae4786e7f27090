import { ConnectionType } from '@kakehashi/graphql-core';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseSummaryModel } from '../cases/case.model';
import { CaseStage } from '../workflow/case-graphql-enums';
import type { CaseQuery } from './case-filter';

@ObjectType('CaseBoardColumn', { description: '案件ボードの列 (段階ごと) / One stage of the board.' })
export class CaseBoardColumnModel {
  @Field(() => CaseStage)
  stage: CaseStage;

  @Field({ description: '段階の表示名 / Stage label.' })
  stageLabel: string;

  @Field(() => Int, { description: 'この段階の案件数 (上限によらず全件) / Cases in the stage, all of them.' })
  count: number;

  @Field(() => [CaseSummaryModel], {
    description: '案件 (perStage 件まで、指定の並び順) / The first perStage cases, in the sort order.',
  })
  cases: CaseSummaryModel[];

  @Field({ description: '上限を超えて載せていない案件があるか / Whether cases were left off.' })
  hasMore: boolean;
}

@ObjectType('CaseBoard', {
  description:
    '案件ボード: 事務所の案件を段階ごとに (流れの順) / An office’s cases by stage, in the order of the flow.',
})
export class CaseBoardModel {
  @Field(() => ID, { description: '事務所 (送出側・受入側のいずれか) / The office, either side.' })
  officeId: string;

  @Field(() => Int, { description: '条件に合う案件の合計 / All matching cases.' })
  totalCount: number;

  @Field(() => [CaseBoardColumnModel])
  columns: CaseBoardColumnModel[];

  /** The office and stages of the board before its filter: where the filter's choices come from (not a field). */
  choiceScope: CaseQuery;
}

export const CaseSummaryConnection = ConnectionType(CaseSummaryModel, 'CaseSummary');
