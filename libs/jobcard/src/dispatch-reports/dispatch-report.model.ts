import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RuleFindingModel } from '../shared/rule-finding.model';

@ObjectType('DispatchHoursFigure', { description: '時間 (分で保持、小数1桁で表示) / Hours kept as minutes.' })
export class HoursFigureModel {
  @Field(() => Int)
  minutes: number;

  @Field({ description: '表示 (時間、小数1桁四捨五入) / As shown, hours to one decimal.' })
  shown: string;
}

@ObjectType('DispatchAverageHours', { description: '1人当たりの平均 / An average per person.' })
export class AverageHoursModel {
  @Field(() => Int)
  minutes: number;

  @Field(() => Int)
  people: number;

  @Field({ description: '表示 (時間、小数1桁) / As shown.' })
  shown: string;
}

@ObjectType('DispatchCourseYear', { description: 'コースの年目ごとの a・b / A course’s year.' })
export class CourseYearModel {
  @Field(() => Int, { description: '入職後の年目 (1〜3) / Tenure year.' })
  year: number;

  @Field(() => HoursFigureModel, { description: 'a 実施時間の総計 / Total hours.' })
  a: HoursFigureModel;

  @Field(() => Int, { description: 'b 受講者の実人数 / Distinct attendees.' })
  b: number;
}

@ObjectType('DispatchExcludedAttendance', { description: '計上しない受講 / An attendance left out.' })
export class ExcludedAttendanceModel {
  @Field()
  date: string;

  @Field()
  workerId: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => Int, { nullable: true })
  tenureYear: number | null;

  @Field()
  reason: string;

  @Field()
  reasonText: string;
}

@ObjectType('DispatchCourseResult', { description: 'コース (欄) の数値 / A course’s figures.' })
export class CourseResultModel {
  @Field()
  name: string;

  @Field(() => [Int])
  targetKinds: number[];

  @Field(() => Int, { description: '対象となる派遣労働者数 (みなし受講者を除く) / Target count.' })
  targetCount: number;

  @Field(() => Int)
  deemedCompetentCount: number;

  @Field(() => Int)
  method: number;

  @Field(() => Int)
  cost: number;

  @Field(() => Int)
  wage: number;

  @Field({ description: '厚生労働大臣が定める基準を満たす / Qualifying.' })
  qualifying: boolean;

  @Field(() => [CourseYearModel])
  years: CourseYearModel[];

  @Field(() => HoursFigureModel)
  c: HoursFigureModel;

  @Field(() => Int)
  d: number;

  @Field(() => AverageHoursModel, { nullable: true, description: 'c ÷ d (d = 0 なら null) / c ÷ d.' })
  cPerD: AverageHoursModel | null;

  @Field(() => [ExcludedAttendanceModel])
  excluded: ExcludedAttendanceModel[];
}

@ObjectType('DispatchYearSummary', { description: '年目ごとの平均 (基準を満たすコース) / A year’s average.' })
export class YearSummaryModel {
  @Field(() => Int)
  year: number;

  @Field(() => HoursFigureModel)
  a: HoursFigureModel;

  @Field(() => Int)
  b: number;

  @Field(() => AverageHoursModel, {
    nullable: true,
    description: '1人当たりの平均 (b = 0 なら null) / Average.',
  })
  average: AverageHoursModel | null;

  @Field({ description: 'フルタイムで1年に概ね8時間未満 / Under about 8 hours (category 1).' })
  belowEightHours: boolean;
}

@ObjectType('DispatchSheetResult', { description: '雇用の区分ごとの別葉の数値 / A sheet’s figures.' })
export class SheetResultModel {
  @Field(() => Int)
  category: number;

  @Field()
  categoryLabel: string;

  @Field(() => [CourseResultModel])
  courses: CourseResultModel[];

  @Field(() => [YearSummaryModel])
  years: YearSummaryModel[];

  @Field(() => HoursFigureModel, { description: 'c (1〜3年目の a の合計) / c.' })
  c: HoursFigureModel;

  @Field(() => Int, { description: 'd (1〜3年目の b の合計) / d.' })
  d: number;

  @Field(() => AverageHoursModel, { nullable: true, description: 'c ÷ d / c ÷ d.' })
  cPerD: AverageHoursModel | null;
}

@ObjectType('DispatchReportTable', { description: '様式の表 (出力用) / A table of the form, for export.' })
export class DispatchReportTableModel {
  @Field()
  title: string;

  @Field(() => [String])
  headings: string[];

  @Field(() => [[String]], { description: '行 (数値も文字列) / Rows, every cell as text.' })
  rows: string[][];
}

@ObjectType('DispatchContacts', { description: '① キャリアコンサルティングの窓口 / Consulting contacts.' })
export class DispatchContactsModel {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  alsoDispatchManager: number;

  @Field(() => Int)
  careerConsultants: number;

  @Field(() => Int)
  experienced: number;

  @Field(() => Int)
  knowledgeable: number;
}

@ObjectType('DispatchCareerUpReport', {
  description:
    '派遣元事業主のキャリアアップ教育訓練の報告 (様式第11号 (11)) の計算結果 / The dispatch career-up report.',
})
export class DispatchReportModel {
  @Field(() => DispatchContactsModel)
  contacts: DispatchContactsModel;

  @Field(() => Int)
  consultedHeadcount: number;

  @Field(() => [SheetResultModel])
  sheets: SheetResultModel[];

  @Field(() => Int, { nullable: true, description: '1人1時間当たりの平均賃金 (円) / Average wage per hour.' })
  averageWagePerHourYen: number | null;

  @Field(() => Int)
  wagesPaidForTrainingYen: number;

  @Field(() => Int)
  trainingPersonHours: number;

  @Field(() => [RuleFindingModel], { description: '指摘 (8時間未満の警告など) / Findings.' })
  findings: RuleFindingModel[];

  @Field(() => [DispatchReportTableModel], { description: '様式のとおりの表 / The form’s rows.' })
  rows: DispatchReportTableModel[];
}

@ObjectType('DispatchCode', { description: '様式の区分の番号とその文言 / A code of the form and its words.' })
export class DispatchCodeModel {
  @Field(() => Int)
  code: number;

  @Field({ description: '様式のとおりの文言 (例: 2 OFF-JT) / As the form prints it.' })
  label: string;
}

@ObjectType('DispatchReportCodes', {
  description: '様式第11号 (11) の区分の選択肢 (入力画面用) / The form’s code lists, for an input screen.',
})
export class DispatchReportCodesModel {
  @Field(() => [DispatchCodeModel], { description: '雇用の区分 / Employment categories.' })
  categories: DispatchCodeModel[];

  @Field(() => [DispatchCodeModel], { description: '訓練の方法の別 / Methods.' })
  methods: DispatchCodeModel[];

  @Field(() => [DispatchCodeModel], { description: '訓練費負担の別 / Cost borne.' })
  costs: DispatchCodeModel[];

  @Field(() => [DispatchCodeModel], { description: '賃金支給の別 / Wages paid.' })
  wages: DispatchCodeModel[];
}
