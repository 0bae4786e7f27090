import { PageArgs } from '@kakehashi/graphql-core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../role.graphql';

@InputType({ description: 'ユーザー一覧の絞り込み / Filters for the user list.' })
export class UsersFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role, { message: 'ロールが正しくありません。' })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: '事務所IDの形式が正しくありません。' })
  officeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: 有効のみ / false: 無効のみ / 省略: すべて' })
  @IsOptional()
  @IsBoolean({ message: 'active は true または false で指定してください。' })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: '氏名・メールアドレスの部分一致 (空白区切りで AND) / Words.',
  })
  @IsOptional()
  @IsString({ message: '検索語は文字列で指定してください。' })
  @MaxLength(100, { message: '検索語は100文字以内で入力してください。' })
  query?: string | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UsersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UsersFilter)
  filter?: UsersFilter | null;
}
