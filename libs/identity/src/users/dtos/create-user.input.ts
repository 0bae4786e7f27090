import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { Role } from '../role.graphql';

// Only type checks here; the account rules (formats, lengths, role and office) live in user-rules.ts, shared with
// the CLI, and report every bad field at once.
@InputType({ description: 'ユーザーの作成 / A new user account.' })
export class CreateUserInput {
  @Field({ description: 'メールアドレス (前後の空白を除き小文字で保存) / Stored trimmed and lower-cased.' })
  @IsString({ message: 'メールアドレスを入力してください。' })
  email: string;

  @Field({ description: '氏名 (1〜100文字) / Full name, 1-100 characters.' })
  @IsString({ message: '氏名を入力してください。' })
  name: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'ロールが正しくありません。' })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: '所属事務所: コンサルタントは地方事務所が必須、本部コーディネーターは本部のみ可 / Office.',
  })
  @IsOptional()
  @IsString({ message: '事務所IDの形式が正しくありません。' })
  officeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '提携機関ID (提携機関ユーザーは必須) / Required for PARTNER_*.',
  })
  @IsOptional()
  @IsString({ message: '提携機関IDの形式が正しくありません。' })
  partnerInstitutionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '所属支店のID (提携機関(支部)のユーザーは必須、その提携機関の支店) / Required for PARTNER_BRANCH.',
  })
  @IsOptional()
  @IsString({ message: '支店IDの形式が正しくありません。' })
  partnerBranchId?: string | null;

  @Field({ description: '初期パスワード (12文字以上) / Initial password, at least 12 characters.' })
  @IsString({ message: 'パスワードを入力してください。' })
  password: string;
}
