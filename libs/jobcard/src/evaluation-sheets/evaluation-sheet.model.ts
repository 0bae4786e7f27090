import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import '../jobcard-graphql-enums';
import {
  CriterionSourceKindEnum,
  DutyTypeEnum,
  EvaluationMomentEnum,
  EvaluationStateEnum,
  EvaluationSubjectKindEnum,
  OjtDutyKindEnum,
  type EvaluationSubjectKind,
  type OjtDutyKind,
} from '../jobcard-enums';
import { RuleFindingModel } from '../shared/rule-finding.model';
import type { CriterionSourceKind, DutyType, EvaluationMoment, EvaluationState } from './evaluation-sheet';
import { EvaluationModel } from './evaluation.model';

@ObjectType('EvaluationSheetHeader', { description: '評価シートの冒頭 / The sheet’s header block.' })
export class EvaluationSheetHeaderModel {
  @Field({ description: '訓練の職務 / Duty.' })
  duty: string;

  @Field({ description: '訓練参加者氏名 (個人データ) / Trainee’s name (personal data).' })
  traineeName: string;

  @Field({ description: '実習実施企業 / The training company.' })
  company: string;

  @Field({ description: '評価責任者氏名 / Evaluation lead.' })
  evaluationLeadName: string;

  @Field({ description: '代表者氏名 / Representative.' })
  representativeName: string;

  @Field(() => String, { nullable: true, description: 'シートの日付 (交付日) / The sheet’s date.' })
  issuedOn: string | null;
}

@ObjectType('EvaluationOjtDuty', {
  description: 'Ⅰ 企業実習・OJT期間内における職務内容の行 / A section I row.',
})
export class OjtDutyModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => OjtDutyKindEnum)
  kind: OjtDutyKind;

  @Field({ description: '職務内容 / Tasks and expected results.' })
  description: string;
}

@ObjectType('EvaluationSheetCriterion', { description: '職務遂行のための基準 / One criterion.' })
export class SheetCriterionModel {
  @Field({ description: '評価の記録に使うキー / Stable key the ratings use.' })
  key: string;

  @Field(() => Int, { description: 'ユニット内の番号 (1から) / Number within the unit.' })
  number: number;

  @Field()
  text: string;

  @Field(() => CriterionSourceKindEnum)
  sourceKind: CriterionSourceKind;

  @Field({ description: '評価基準の出所 / Source name.' })
  sourceName: string;

  @Field({ description: 'コード (独自の項目は空) / Code column.' })
  code: string;

  @Field({ description: '労働局の確認済み (その他の団体の基準) / Bureau confirmed.' })
  bureauConfirmed: boolean;

  @Field({ description: '汎用性のある評価基準からの引用 / Counts as cited.' })
  cited: boolean;
}

@ObjectType('EvaluationSheetUnit', { description: '能力ユニット / An ability unit with its criteria.' })
export class SheetUnitModel {
  @Field()
  name: string;

  @Field(() => DutyTypeEnum, {
    nullable: true,
    description: '他の類型から追加したユニット (Ⅲ(1)) / Taken whole from another duty type.',
  })
  originDutyType: DutyType | null;

  @Field(() => [SheetCriterionModel])
  criteria: SheetCriterionModel[];
}

@ObjectType('EvaluationSheetSection', { description: '評価シートの欄 (Ⅱ、Ⅲ(1)、Ⅲ(2)) / A rated section.' })
export class SheetSectionModel {
  @Field({ description: 'II, III1 or III2' })
  id: string;

  @Field({ description: '欄の見出し / Heading as printed.' })
  title: string;

  @Field(() => [SheetUnitModel])
  units: SheetUnitModel[];
}

@ObjectType('EvaluationSheetComments', { description: '総評・コメント (個人データ) / Comments per section.' })
export class SheetCommentsModel {
  @Field(() => String, { nullable: true })
  section1: string | null;

  @Field()
  section2: string;

  @Field()
  section3Basic: string;

  @Field()
  section3Special: string;
}

@ObjectType('EvaluationSpecialCitation', {
  description: 'Ⅲ(2)の引用数 (半数を超える引用が必要) / III(2) citation counts: cited must reach `required`.',
})
export class SpecialCitationModel {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  cited: number;

  @Field(() => Int, { description: '半数を超える最小の数 / Fewest cited that is more than half.' })
  required: number;
}

/** What a sheet and its summary share. */
@ObjectType({ isAbstract: true })
export class SheetCommonFields {
  @Field(() => ID)
  id: string;

  @Field(() => EvaluationSubjectKindEnum)
  subjectKind: EvaluationSubjectKind;

  @Field(() => ID, { nullable: true })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: '案件の対象労働者 / The case’s worker.' })
  caseWorkerId: string | null;

  @Field(() => ID, { nullable: true })
  registrantId: string | null;

  @Field(() => ID, { nullable: true })
  companyId: string | null;

  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field({ description: '訓練の職務 / Duty.' })
  duty: string;

  @Field(() => DutyTypeEnum)
  dutyType: DutyType;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => String, { nullable: true, description: '目標を提示した日 / Targets presented on.' })
  targetsPresentedOn: string | null;

  @Field(() => String, { nullable: true, description: '修了評価の交付日 / Final evaluation issued on.' })
  issuedOn: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('EvaluationSheetStep', { description: '評価の進み具合 / An evaluation’s moment and step.' })
export class EvaluationStepModel {
  @Field(() => EvaluationMomentEnum)
  moment: EvaluationMoment;

  @Field(() => EvaluationStateEnum)
  state: EvaluationState;

  @Field()
  date: string;
}

@ObjectType('EvaluationSheetSummary', { description: '評価シートの概要 / A sheet in a list.' })
export class EvaluationSheetSummaryModel extends SheetCommonFields {
  @Field({ description: '訓練参加者氏名 (個人データ) / Trainee’s name (personal data).' })
  traineeName: string;

  @Field(() => [EvaluationStepModel])
  steps: EvaluationStepModel[];
}

@ObjectType('EvaluationSheet', {
  description: '評価シート (ジョブ・カード様式4 / 様式3-3-1-1) / An evaluation sheet with its evaluations.',
})
export class EvaluationSheetModel extends SheetCommonFields {
  @Field({ description: '印刷時の表題 / Title as printed.' })
  printTitle: string;

  @Field({ description: '別名 (様式3-3-1-1) / The later form’s name.' })
  printAlias: string;

  @Field(() => EvaluationSheetHeaderModel)
  header: EvaluationSheetHeaderModel;

  @Field(() => [OjtDutyModel], { description: 'Ⅰ 職務内容 / Section I.' })
  ojtDuties: OjtDutyModel[];

  @Field(() => SheetSectionModel, { description: 'Ⅱ 職務遂行のための基本的能力 (変更不可) / Section II.' })
  section2: SheetSectionModel;

  @Field(() => SheetSectionModel, { description: 'Ⅲ(1) 基本的事項 / Section III(1).' })
  section3Basic: SheetSectionModel;

  @Field(() => SheetSectionModel, { description: 'Ⅲ(2) 専門的事項 / Section III(2).' })
  section3Special: SheetSectionModel;

  @Field(() => SheetCommentsModel)
  comments: SheetCommentsModel;

  @Field(() => [EvaluationModel], { description: '目標・中間・修了の順 / Targets, mid-term, final.' })
  evaluations: EvaluationModel[];

  @Field(() => [RuleFindingModel], { description: 'シートへの指摘 / Current findings on the sheet.' })
  findings: RuleFindingModel[];

  @Field(() => SpecialCitationModel)
  specialCitation: SpecialCitationModel;
}
