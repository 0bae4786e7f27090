import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MoveType, OfferStatus } from './offer-graphql-enums';

@InputType({
  description: '送出情報・受入情報の絞り込み条件 (すべて AND) / Offer filters, combined with AND.',
})
export class OfferFilterInput {
  @Field(() => OfferStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OfferStatus, { message: '状況の指定が正しくありません。' })
  status?: OfferStatus | null;

  @Field(() => ID, { nullable: true, description: '担当事務所 / Owning office.' })
  @IsOptional()
  @IsString({ message: '担当事務所の指定が正しくありません。' })
  owningOfficeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '都道府県コード (送出情報は企業の所在地、受入情報は就業場所) / Prefecture: the sending company’s, or the workplace’s.',
  })
  @IsOptional()
  @IsString({ message: '都道府県コードは文字列で指定してください。' })
  @MaxLength(2, { message: '都道府県コードは2桁で指定してください。' })
  prefectureCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '企業の産業分類 大分類 / The company’s JSIC major group.',
  })
  @IsOptional()
  @IsString({ message: '産業分類コードは文字列で指定してください。' })
  @MaxLength(1, { message: '産業分類(大分類)コードは1文字で指定してください。' })
  jsicMajorCode?: string | null;

  @Field(() => String, { nullable: true, description: '職業分類 大分類 / Occupation major group.' })
  @IsOptional()
  @IsString({ message: '職業分類コードは文字列で指定してください。' })
  @MaxLength(1, { message: '職業分類(大分類)コードは1文字で指定してください。' })
  occupationCode?: string | null;

  @Field(() => MoveType, {
    nullable: true,
    description:
      '形態 (受入情報はその形態を受け入れるもの、送出情報はその形態か「いずれも可」を希望するもの) / Move type accepted or wanted.',
  })
  @IsOptional()
  @IsEnum(MoveType, { message: '形態の指定が正しくありません。' })
  moveType?: MoveType | null;

  @Field(() => String, { nullable: true, description: '受付日の開始 (この日を含む) / Received on or after.' })
  @IsOptional()
  @IsString({ message: '受付日は「2026-04-01」の形式で入力してください。' })
  receivedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '受付日の終了 (この日を含む) / Received on or before.',
  })
  @IsOptional()
  @IsString({ message: '受付日は「2026-04-01」の形式で入力してください。' })
  receivedTo?: string | null;

  @Field(() => ID, { nullable: true, description: '企業 / Company.' })
  @IsOptional()
  @IsString({ message: '企業の指定が正しくありません。' })
  companyId?: string | null;
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilterInput)
  filter?: OfferFilterInput | null;
}
