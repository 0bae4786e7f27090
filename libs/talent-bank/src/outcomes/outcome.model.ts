import { Field, Int, ObjectType } from '@nestjs/graphql';
import { EmploymentType } from '../talent-bank-graphql-enums';

@ObjectType('TalentBankMonthCount')
export class MonthCountModel {
  @Field({ description: '年月 (YYYY-MM) / Month.' })
  month: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('TalentBankOccupationCount')
export class OccupationCountModel {
  @Field({ description: '職業分類 大分類コード / Occupation group.' })
  occupationCode: string;

  @Field({ description: '職業分類の名称 / Its name.' })
  occupationName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('TalentBankEmploymentTypeCount')
export class EmploymentTypeCountModel {
  @Field(() => EmploymentType)
  employmentType: EmploymentType;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('TalentBankOutcomes', {
  description:
    'キャリア人材バンクの再就職実績 (年度: 4月〜翌3月、集計のみ) / Re-employments of a fiscal year, aggregates only.',
})
export class OutcomesModel {
  @Field(() => Int, { description: '年度 (2026 = 2026年4月〜2027年3月) / Fiscal year.' })
  fiscalYear: number;

  @Field(() => Int, { description: '再就職者数 / People re-employed.' })
  total: number;

  @Field(() => [MonthCountModel], { description: '月別 (4月〜3月の12か月) / By month, April to March.' })
  byMonth: MonthCountModel[];

  @Field(() => [OccupationCountModel], {
    description: '再就職先の職種別 (多い順、0件は含まない) / By occupation group, most first.',
  })
  byOccupation: OccupationCountModel[];

  @Field(() => [EmploymentTypeCountModel], { description: '雇用形態別 / By employment type.' })
  byEmploymentType: EmploymentTypeCountModel[];
}
