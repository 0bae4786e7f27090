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
  description:
    '項目の変更前後: 表示用の項目名と値、保存された値 (JSON) / One field before and after, as shown and as stored.',
})
export class FieldChangeModel {
  @Field({ description: '項目キー (安定。例: contract.endOn) / Stable field path.' })
  field: string;

  @Field({ description: '項目名 (例: 出向終了日) / The field’s Japanese name.' })
  label: string;

  @Field({
    description:
      '変更前の値 (表示用: 2026年12月6日（令和8年）、1,234,000円、60%、選択肢の表示名、「、」区切りの一覧。未設定は「なし」など) / Before, as displayed.',
  })
  before: string;

  @Field({ description: '変更後の値 (表示用) / After, as displayed.' })
  after: string;

  @Field(() => String, {
    nullable: true,
    description: '変更前の値 (保存された値のJSON表記、未設定は null) / Before, as stored (JSON).',
  })
  beforeJson: string | null;

  @Field(() => String, {
    nullable: true,
    description: '変更後の値 (保存された値のJSON表記、未設定は null) / After, as stored (JSON).',
  })
  afterJson: string | null;
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

  @Field({
    description:
      '履歴の見出し (段階の移動は「次の段階へ（STEP2 企業間面談 → STEP3 職場見学）」) / The entry’s Japanese title.',
  })
  summary: string;

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
