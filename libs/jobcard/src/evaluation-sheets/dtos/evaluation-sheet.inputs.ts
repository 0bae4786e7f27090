import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import '../../jobcard-graphql-enums';
import {
  CriterionSourceKindEnum,
  DutyTypeEnum,
  EvaluationSubjectKindEnum,
  OjtDutyKindEnum,
  type EvaluationSubjectKind,
  type OjtDutyKind,
} from '../../jobcard-enums';
import type { CriterionSourceKind, DutyType } from '../evaluation-sheet';

// Fields carry @Allow only: the use case checks them (services/sheet-input.checks.ts) and reports every problem at
// once, field by field, as the cases' inputs do.

@InputType('EvaluationCriterionInput', { description: '職務遂行のための基準 / A criterion.' })
export class CriterionInput {
  @Field()
  @Allow()
  text: string;

  @Field(() => CriterionSourceKindEnum)
  @Allow()
  sourceKind: CriterionSourceKind;

  @Field({ description: '評価基準の出所 (独自の項目は空) / Source name.' })
  @Allow()
  sourceName: string;

  @Field({ description: 'コード (独自の項目は空) / Code column.' })
  @Allow()
  code: string;

  @Field({ nullable: true, description: '労働局の確認済み / Bureau confirmed (other bodies).' })
  @Allow()
  bureauConfirmed?: boolean;
}

@InputType('EvaluationUnitInput', { description: '能力ユニット / A unit with its criteria.' })
export class UnitInput {
  @Field()
  @Allow()
  name: string;

  @Field(() => DutyTypeEnum, { nullable: true, description: '他の類型から追加 (Ⅲ(1)) / From another type.' })
  @Allow()
  originDutyType?: DutyType | null;

  @Field(() => [CriterionInput])
  @Allow()
  criteria: CriterionInput[];
}

@InputType('EvaluationOjtDutyInput', { description: 'Ⅰ欄の行 / A section I row.' })
export class OjtDutyInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Allow()
  from: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Allow()
  to: string;

  @Field(() => OjtDutyKindEnum)
  @Allow()
  kind: OjtDutyKind;

  @Field()
  @Allow()
  description: string;
}

@InputType('EvaluationSheetHeaderInput', { description: '評価シートの冒頭 / Header.' })
export class SheetHeaderInput {
  @Field()
  @Allow()
  duty: string;

  @Field()
  @Allow()
  traineeName: string;

  @Field()
  @Allow()
  company: string;

  @Field()
  @Allow()
  evaluationLeadName: string;

  @Field()
  @Allow()
  representativeName: string;
}

@InputType('EvaluationSheetCommentsInput', { description: '総評・コメント / Comments per section.' })
export class SheetCommentsInput {
  @Field(() => String, { nullable: true })
  @Allow()
  section1?: string | null;

  @Field()
  @Allow()
  section2: string;

  @Field()
  @Allow()
  section3Basic: string;

  @Field()
  @Allow()
  section3Special: string;
}

@InputType('EvaluationSection3BasicInput', { description: 'Ⅲ(1) 基本的事項 / Section III(1).' })
export class Section3BasicInput {
  @Field(() => DutyTypeEnum)
  @Allow()
  dutyType: DutyType;

  @Field(() => [UnitInput])
  @Allow()
  units: UnitInput[];
}

@InputType({ description: '評価シートの作成 / Create a sheet (drafted from the model sheets).' })
export class CreateEvaluationSheetInput {
  @Field(() => EvaluationSubjectKindEnum)
  @Allow()
  subjectKind: EvaluationSubjectKind;

  @Field(() => ID, { nullable: true, description: '案件 (出向者) / The case.' })
  @Allow()
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '案件の対象労働者 / The case’s worker.' })
  @Allow()
  caseWorkerId?: string | null;

  @Field(() => ID, { nullable: true, description: '人材バンク登録者 / The registrant.' })
  @Allow()
  registrantId?: string | null;

  @Field(() => ID, { nullable: true, description: '訓練実施企業 (訓練受講者) / The company.' })
  @Allow()
  companyId?: string | null;

  @Field(() => ID, { nullable: true, description: '訓練実施計画 / The training plan.' })
  @Allow()
  planId?: string | null;

  @Field({ description: '訓練参加者氏名 / Trainee’s name.' })
  @Allow()
  traineeName: string;

  @Field({ description: '訓練の職務 / Duty.' })
  @Allow()
  duty: string;

  @Field(() => DutyTypeEnum)
  @Allow()
  dutyType: DutyType;

  @Field({ description: '期間の開始日 / Period start.' })
  @Allow()
  periodStart: string;

  @Field({ description: '期間の終了日 / Period end.' })
  @Allow()
  periodEnd: string;

  @Field(() => String, { nullable: true, description: '実習実施企業 / The training company.' })
  @Allow()
  company?: string | null;

  @Field(() => String, { nullable: true, description: '評価責任者 / Evaluation lead.' })
  @Allow()
  evaluationLeadName?: string | null;

  @Field(() => String, { nullable: true, description: '代表者 / Representative.' })
  @Allow()
  representativeName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ⅲ(2)に使うモデル評価シートのコード (H340231) / III(2) model to start from.',
  })
  @Allow()
  specialModelCode?: string | null;
}

@InputType({ description: '評価シートの保存 (指摘があっても下書きとして保存) / Save a sheet.' })
export class UpdateEvaluationSheetInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '読み込んだ時の版 / The version the edit is based on.' })
  @Allow()
  expectedVersion: number;

  @Field(() => SheetHeaderInput, { nullable: true })
  @Allow()
  header?: SheetHeaderInput | null;

  @Field(() => String, { nullable: true })
  @Allow()
  periodStart?: string | null;

  @Field(() => String, { nullable: true })
  @Allow()
  periodEnd?: string | null;

  @Field(() => [OjtDutyInput], { nullable: true, description: 'Ⅰ欄 / Section I.' })
  @Allow()
  ojtDuties?: OjtDutyInput[] | null;

  @Field(() => Section3BasicInput, { nullable: true })
  @Allow()
  section3Basic?: Section3BasicInput | null;

  @Field(() => [UnitInput], { nullable: true, description: 'Ⅲ(2) 専門的事項 / Section III(2).' })
  @Allow()
  section3Special?: UnitInput[] | null;

  @Field(() => SheetCommentsInput, { nullable: true })
  @Allow()
  comments?: SheetCommentsInput | null;
}
