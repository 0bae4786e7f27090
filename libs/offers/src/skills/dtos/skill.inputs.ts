import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Allow, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SkillCategory } from '../../shared/offer-graphql-enums';

// Fields carry @Allow only: SkillWriteService checks them (and the aliases against the other entries) and reports
// every problem at once.

@InputType({ description: 'スキル辞書項目の登録 / Add a dictionary entry.' })
export class CreateSkillInput {
  @Field({ description: '名称 (必須、100文字以内) / Name.' })
  @Allow()
  name: string;

  @Field({ description: '読み (カタカナまたはひらがな) / Reading in kana.' })
  @Allow()
  reading: string;

  @Field(() => SkillCategory)
  @Allow()
  category: SkillCategory;

  @Field(() => [String], { nullable: true, description: '別名・略称 / Synonyms.' })
  @Allow()
  synonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: '包含する項目の名称 / Names of implied entries.' })
  @Allow()
  implies?: string[] | null;
}

@InputType({
  description: 'スキル辞書項目の編集。省略した項目は変更しません / Edit an entry; omitted fields stay.',
})
export class UpdateSkillInput extends PartialType(CreateSkillInput) {
  @Field(() => ID)
  @Allow()
  id: string;

  @Field(() => Int, { description: '編集を始めたときの version / The version the edit started from.' })
  @Allow()
  expectedVersion: number;

  @Field(() => Boolean, { nullable: true, description: '有効・無効 / Active or not.' })
  @Allow()
  active?: boolean | null;
}

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      '名称・読み・別名の部分一致 (表記ゆれを吸収) / Name, reading or synonym, partial, spelling-tolerant.',
  })
  @IsOptional()
  @IsString({ message: '検索語は文字列で指定してください。' })
  @MaxLength(100, { message: '検索語は100文字以内で入力してください。' })
  search?: string | null;

  @Field(() => SkillCategory, { nullable: true })
  @IsOptional()
  @IsEnum(SkillCategory, { message: '分類の指定が正しくありません。' })
  category?: SkillCategory | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '無効な項目も含める / Include inactive entries.',
  })
  @IsOptional()
  includeInactive = false;
}
