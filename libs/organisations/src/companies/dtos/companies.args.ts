import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { CompanySize } from '../company.entity';

@InputType({ description: '企業の絞り込み条件 (すべて AND) / Company filters, combined with AND.' })
export class CompanyFilterInput {
  @Field(() => String, {
    nullable: true,
    description:
      '会社名・フリガナの部分一致 (全角半角・かなカナ・法人格の表記ゆれを吸収)。13桁の数字なら法人番号の完全一致 / Name or kana, partial; 13 digits search the corporate number.',
  })
  @IsOptional()
  @IsString({ message: '検索語は文字列で指定してください。' })
  @MaxLength(200, { message: '検索語は200文字以内で入力してください。' })
  query?: string | null;

  @Field(() => String, { nullable: true, description: '法人番号の完全一致 / Exact corporate number.' })
  @IsOptional()
  @IsString({ message: '法人番号は文字列で指定してください。' })
  @MaxLength(30, { message: '法人番号は13桁の数字で入力してください。' })
  corporateNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '都道府県コードは文字列で指定してください。' })
  @MaxLength(2, { message: '都道府県コードは2桁で指定してください。' })
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '産業分類コードは文字列で指定してください。' })
  @MaxLength(1, { message: '産業分類(大分類)コードは1文字で指定してください。' })
  jsicMajorCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '担当事務所の指定が正しくありません。' })
  owningOfficeId?: string | null;

  @Field(() => CompanySize, { nullable: true })
  @IsOptional()
  @IsEnum(CompanySize, { message: '企業規模の指定が正しくありません。' })
  size?: CompanySize | null;
}

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => CompanyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyFilterInput)
  filter?: CompanyFilterInput | null;
}
