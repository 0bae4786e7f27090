import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Allow, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PartnerType } from '../../partner-graphql-enums';

// Fields of the write inputs carry @Allow only: the services check them (rules/partner-fields.ts) and report every
// problem at once with a Japanese message.

@InputType({ description: '提携機関の登録 / A new partner institution.' })
export class CreatePartnerInstitutionInput {
  @Field(() => PartnerType)
  @Allow()
  type: PartnerType;

  @Field({ description: '名称 (100文字以内、表記ゆれを含め重複不可) / Name; unique however it is typed.' })
  @Allow()
  name: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      '本部による取りまとめがあるか (既定: あり) / Whether the head office reviews referrals first (default true).',
  })
  @Allow()
  hasHqStep?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description:
      '対象都道府県のJISコード (省略・空は地域の限定なし) / Covered prefectures; none = not limited.',
  })
  @Allow()
  coveredPrefectureCodes?: string[] | null;
}

@InputType({ description: '提携機関の編集。省略した項目は変更しません / Edit; omitted fields stay.' })
export class UpdatePartnerInstitutionInput {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '読み込んだ時の version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => PartnerType, { nullable: true })
  @Allow()
  type?: PartnerType | null;

  @Field(() => String, { nullable: true })
  @Allow()
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  @Allow()
  hasHqStep?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: '対象都道府県 (空のリストは地域の限定なし) / Covered prefectures; [] = not limited.',
  })
  @Allow()
  coveredPrefectureCodes?: string[] | null;
}

@InputType({ description: '提携機関の絞り込み / Filter of partner institutions.' })
export class PartnerInstitutionFilter {
  @Field(() => PartnerType, { nullable: true })
  @IsOptional()
  @IsEnum(PartnerType, { message: '種別の指定が正しくありません。' })
  type?: PartnerType | null;

  @Field(() => String, {
    nullable: true,
    description:
      'この都道府県を対象とする機関 (地域の限定がない機関を含む) / Covering this prefecture (nationwide ones included).',
  })
  @IsOptional()
  @IsString({ message: '都道府県コードは文字列で指定してください。' })
  prefectureCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '名称の部分一致 (表記ゆれを吸収) / Part of the name, spelling-tolerant.',
  })
  @IsOptional()
  @IsString({ message: '名称は文字列で指定してください。' })
  @MaxLength(100, { message: '名称は100文字以内で入力してください。' })
  name?: string | null;
}

@ArgsType()
export class PartnerInstitutionsArgs extends PageArgs {
  @Field(() => PartnerInstitutionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerInstitutionFilter)
  filter?: PartnerInstitutionFilter | null;
}
