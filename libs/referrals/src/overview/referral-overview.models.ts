import { ArgsType, Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReferralEventModel } from '../referrals/referral-event.model';
import { ReferralStatus } from '../referral-graphql-enums';
import { ReferralModel } from '../referrals/referral.model';

@ObjectType('ReferralStatusCount', { description: '状態ごとの紹介の件数 / Referrals in one status.' })
export class ReferralStatusCountModel {
  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field()
  statusLabel: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('ReferralChange', { description: '紹介の状態の変化 1件 / One status change of a referral.' })
export class ReferralChangeModel {
  @Field(() => ReferralModel)
  referral: ReferralModel;

  @Field(() => ReferralEventModel, {
    description:
      '変化 (操作したセンター職員は「産業雇用安定センター」) / The change; Center staff anonymous.',
  })
  event: ReferralEventModel;
}

@ObjectType('ReferralChanges', {
  description: '前回の確認以降の紹介の状態の変化 / Status changes since the user last looked.',
})
export class ReferralChangesModel {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '前回確認した時点 (初回は null: すべての変化) / Last seen; null the first time.',
  })
  since: Date | null;

  @Field(() => GraphQLISODateTime, {
    description:
      'この結果の時点。確認済みにするとき markReferralChangesSeen に渡す / Pass to markReferralChangesSeen.',
  })
  asOf: Date;

  @Field(() => Int)
  totalCount: number;

  @Field(() => [ReferralChangeModel], { description: '新しい順 / Newest first.' })
  changes: ReferralChangeModel[];
}

@ObjectType('CorporateNumberCheck', { description: '法人番号の確認結果 / A corporate number checked.' })
export class CorporateNumberCheckModel {
  @Field()
  valid: boolean;

  @Field(() => String, { nullable: true, description: '正規化した13桁 / The 13 digits, normalised.' })
  normalized: string | null;

  @Field(() => String, {
    nullable: true,
    description: '誤りの内容 (紹介の登録時と同じ文言) / What is wrong, as the referral form says it.',
  })
  message: string | null;
}

@ArgsType()
export class ReferralChangesArgs {
  @Field(() => Int, { defaultValue: 20, description: '最大件数 (1〜100) / At most this many.' })
  @IsInt({ message: '件数は整数で指定してください。' })
  @Min(1, { message: '件数は1以上で指定してください。' })
  @Max(100, { message: '件数は100以下で指定してください。' })
  first: number;
}

@ArgsType()
export class CorporateNumberArgs {
  @Field({ description: '入力された法人番号 (全角・ハイフン可) / As typed.' })
  @IsString()
  @MaxLength(40, { message: '法人番号は13桁の数字で入力してください。' })
  corporateNumber: string;
}

@ArgsType()
export class ReferralChangesSeenArgs {
  @Field(() => GraphQLISODateTime, {
    description: '確認した referralChanges の asOf / The asOf of the changes seen.',
  })
  @IsDate({ message: '確認した日時を指定してください。' })
  seenAt: Date;
}
