import { MoveType } from '@kakehashi/offers';
import { registerLabelledEnum } from '@kakehashi/graphql-core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseAction, CaseStage } from '../workflow/case-graphql-enums';
import { ESTABLISHMENT_KIND_LABELS, EstablishmentKind } from '../establishments/case-establishment.entity';

export enum StageProgress {
  DONE = 'DONE',
  CURRENT = 'CURRENT',
  UPCOMING = 'UPCOMING',
}

export const STAGE_PROGRESS_LABELS: Record<StageProgress, string> = {
  DONE: '完了',
  CURRENT: '現在の段階',
  UPCOMING: '今後',
};

registerLabelledEnum(StageProgress, {
  name: 'StageProgress',
  description: '段階の進み具合 / Whether a stage is done, current or ahead.',
  labels: STAGE_PROGRESS_LABELS,
});

registerLabelledEnum(EstablishmentKind, {
  name: 'EstablishmentKind',
  description: '成立の記録の種類 / Establishment or correction.',
  labels: ESTABLISHMENT_KIND_LABELS,
  descriptions: { CORRECTION: '成立後の人数の訂正(辞退・遅れての開始など)' },
});

@ObjectType('CaseChecklistItem', { description: 'チェック項目 / One item of a stage checklist.' })
export class ChecklistItemModel {
  @Field({ description: '項目キー (安定) / Stable key.' })
  key: string;

  @Field(() => CaseStage)
  stage: CaseStage;

  @Field({ description: '項目名 / Label.' })
  label: string;

  @Field()
  done: boolean;

  @Field({ description: '必須 (未了だと次へ進めない) / Required to move on.' })
  required: boolean;

  @Field(() => String, { nullable: true, description: '不足の詳細 / What exactly is missing.' })
  detail: string | null;

  @Field(() => CaseStage, {
    nullable: true,
    description:
      'この段階に入る前に必要 (省略時は次の段階の前) / Required before entering this stage, when not the next one.',
  })
  requiredBefore: CaseStage | null;
}

@ObjectType('CaseStageView', {
  description: '段階とチェックリスト / A stage of the flow with its checklist.',
})
export class CaseStageViewModel {
  @Field(() => CaseStage)
  stage: CaseStage;

  @Field()
  label: string;

  @Field(() => StageProgress)
  progress: StageProgress;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '最後にこの段階に入った日時 / Last entered at.',
  })
  enteredAt: Date | null;

  @Field(() => [ChecklistItemModel])
  checklist: ChecklistItemModel[];
}

@ObjectType('CaseFieldChange', {
  description: '項目の変更前後 (JSON表記) / One field before and after, as JSON.',
})
export class FieldChangeModel {
  @Field({ description: '項目 (例: contract.endOn) / Field path.' })
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType('CaseHistoryEntry', {
  description: '変更履歴 (追記のみ) / One entry of the append-only history.',
})
export class CaseHistoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => CaseAction)
  action: CaseAction;

  @Field({ description: '操作の表示名 / Action label.' })
  actionLabel: string;

  @Field(() => ID)
  actorUserId: string;

  @Field({ description: '操作した人 / Who.' })
  actorName: string;

  @Field(() => CaseStage, { nullable: true })
  fromStage: CaseStage | null;

  @Field(() => CaseStage, { nullable: true })
  toStage: CaseStage | null;

  @Field(() => [FieldChangeModel])
  changes: FieldChangeModel[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Int, { description: '変更後の案件バージョン / Case version after the change.' })
  caseVersion: number;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}

@ObjectType('CaseEstablishment', { description: '成立・訂正の記録 / An establishment event or correction.' })
export class CaseEstablishmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => EstablishmentKind)
  kind: EstablishmentKind;

  @Field({ description: '発生日 (統計の計上月) / When it happened.' })
  occurredOn: string;

  @Field(() => Int, { description: '人数 (訂正は負の値もある) / People (negative for a withdrawal).' })
  people: number;

  @Field(() => MoveType)
  moveType: MoveType;

  @Field(() => [ID])
  workerIds: string[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => ID)
  recordedByUserId: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;
}
