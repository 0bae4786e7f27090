import { MoveType } from '@kakehashi/offers';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { AnnualStatisticsArgs } from '../services/annual-statistics.service';
import type { IndustryFlowsArgs } from '../services/industry-flows.service';
import type { MonthlyStatisticsArgs } from '../services/monthly-statistics.service';

const MOVE_TYPE =
  '形態: SECONDMENT (在籍型出向) / TRANSFER (移籍)。受入・送出情報は両方可の情報をどちらの指定でも数え、指定なしでは1回だけ数える / Move type; offers open to both count under either, and once without a filter.';
const OFFICE =
  '事務所 (成立は送出側の事務所で数える)。コンサルタントは所属事務所のみ (省略時も所属事務所) / Office; consultants: their own only (the default).';
const REGION = '地方 (北海道、東北、関東、中部、近畿、中国、四国、九州・沖縄) / Region.';

@ArgsType()
abstract class StatisticsFilterArgsType {
  @Field(() => MoveType, { nullable: true, description: MOVE_TYPE })
  @IsOptional()
  @IsEnum(MoveType, { message: '形態は SECONDMENT または TRANSFER を指定してください。' })
  moveType?: MoveType | null;

  @Field(() => ID, { nullable: true, description: OFFICE })
  @IsOptional()
  @IsUUID('all', { message: '事務所の指定が正しくありません。' })
  officeId?: string | null;

  @Field(() => String, { nullable: true, description: REGION })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '地域名が長すぎます。' })
  region?: string | null;
}

@ArgsType()
export class MonthlyStatisticsArgsType extends StatisticsFilterArgsType implements MonthlyStatisticsArgs {
  @Field(() => Int, {
    description: '年度 (2022 = 2022年4月〜2023年3月 = 令和4年度) / Fiscal year (April to March).',
  })
  @IsInt({ message: '年度は整数 (西暦) で指定してください。' })
  fiscalYear: number;
}

@ArgsType()
export class AnnualStatisticsArgsType extends StatisticsFilterArgsType implements AnnualStatisticsArgs {
  @Field(() => Int, { description: '最初の年度 / First fiscal year.' })
  @IsInt({ message: '年度は整数 (西暦) で指定してください。' })
  fromFiscalYear: number;

  @Field(() => Int, { description: '最後の年度 / Last fiscal year.' })
  @IsInt({ message: '年度は整数 (西暦) で指定してください。' })
  toFiscalYear: number;
}

@ArgsType()
export class IndustryFlowsArgsType extends StatisticsFilterArgsType implements IndustryFlowsArgs {
  @Field({
    description:
      '期間の始まり: 月 (2022-04) または年度 (FY2022 / 2022年度 = その4月) / Start: a month or a fiscal year (its April).',
  })
  @IsString()
  @MaxLength(16)
  from: string;

  @Field({
    description:
      '期間の終わり: 月 (2023-01) または年度 (= 翌年3月) / End: a month or a fiscal year (its March).',
  })
  @IsString()
  @MaxLength(16)
  to: string;
}
