import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { PartnerUserRole } from '../../partner-graphql-enums';

// Type checks only: the account rules (formats, lengths, institution and branch) are @kakehashi/identity's, the same
// as createUser's, and report every bad field with these field names.
@InputType({ description: '提携機関ユーザーの作成 / A partner user account.' })
export class CreatePartnerUserInput {
  @Field(() => ID, { description: '所属する提携機関 / The partner institution.' })
  @IsString({ message: '提携機関IDを指定してください。' })
  partnerInstitutionId: string;

  @Field(() => ID, {
    nullable: true,
    description: '所属支店 (PARTNER_BRANCH は必須、その機関の支店) / Branch; required for PARTNER_BRANCH.',
  })
  @IsOptional()
  @IsString({ message: '支店IDの形式が正しくありません。' })
  partnerBranchId?: string | null;

  @Field(() => PartnerUserRole)
  @IsEnum(PartnerUserRole, { message: 'ロールは PARTNER_HQ または PARTNER_BRANCH を指定してください。' })
  role: PartnerUserRole;

  @Field({ description: 'メールアドレス / E-mail address.' })
  @IsString({ message: 'メールアドレスを入力してください。' })
  email: string;

  @Field({ description: '氏名 (1〜100文字) / Full name.' })
  @IsString({ message: '氏名を入力してください。' })
  name: string;

  @Field({ description: '初期パスワード (12文字以上) / Initial password, at least 12 characters.' })
  @IsString({ message: 'パスワードを入力してください。' })
  password: string;
}
