import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { PartnerUserRole } from '../../partner-graphql-enums';

// Type checks only: the account rules (name, role and branch) are @kakehashi/identity's, as for createPartnerUser,
// and report every bad field with these field names.

@ArgsType()
export class PartnerUsersArgs {
  @Field(() => ID, { description: '提携機関 / The partner institution.' })
  @IsString({ message: '提携機関IDを指定してください。' })
  institutionId: string;

  @Field(() => ID, { nullable: true, description: 'この支店のユーザーのみ / Only this branch’s users.' })
  @IsOptional()
  @IsString({ message: '支店IDの形式が正しくありません。' })
  branchId?: string | null;

  @Field({ defaultValue: false, description: '無効化したアカウントも含める / Include deactivated accounts.' })
  @IsBoolean({ message: 'includeInactive は true または false で指定してください。' })
  includeInactive: boolean;
}

@InputType({
  description:
    '提携機関ユーザーの変更 (省略した項目は変更しない。ロール・支店の変更で全端末ログアウト) / Changes to a partner account.',
})
export class UpdatePartnerUserInput {
  @Field(() => ID)
  @IsString({ message: 'ユーザーIDを指定してください。' })
  id: string;

  @Field(() => Int, { description: '読み込んだ時の version / The version the change is based on.' })
  @IsInt({ message: '版番号(expectedVersion)は整数で指定してください。' })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '氏名 (1〜100文字) / Full name.' })
  @IsOptional()
  @IsString({ message: '氏名を入力してください。' })
  name?: string | null;

  @Field(() => PartnerUserRole, {
    nullable: true,
    description: 'PARTNER_HQ にすると所属支店は外れます / Moving to PARTNER_HQ removes the branch.',
  })
  @IsOptional()
  @IsEnum(PartnerUserRole, { message: 'ロールは PARTNER_HQ または PARTNER_BRANCH を指定してください。' })
  role?: PartnerUserRole | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属支店 (同じ提携機関の支店。PARTNER_BRANCH は必須) / A branch of the same institution.',
  })
  @IsOptional()
  @IsString({ message: '支店IDの形式が正しくありません。' })
  partnerBranchId?: string | null;
}
