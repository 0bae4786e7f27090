import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { Role } from '../role.graphql';

@InputType({
  description: 'ユーザーの変更 (省略した項目は変更しない) / Changes to a user; omitted fields stay.',
})
export class UpdateUserInput {
  @Field(() => ID)
  @IsString({ message: 'ユーザーIDを指定してください。' })
  id: string;

  @Field(() => Int, { description: '読み込んだ時の version / The version the change is based on.' })
  @IsInt({ message: '版番号(expectedVersion)は整数で指定してください。' })
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString({ message: '氏名を入力してください。' })
  name?: string | null;

  @Field(() => Role, {
    nullable: true,
    description: 'ロールの変更はそのユーザーを全端末でログアウトさせます。',
  })
  @IsOptional()
  @IsEnum(Role, { message: 'ロールが正しくありません。' })
  role?: Role | null;

  @Field(() => ID, {
    nullable: true,
    description: 'null を指定すると所属事務所を外します / null removes the office.',
  })
  @IsOptional()
  @IsString({ message: '事務所IDの形式が正しくありません。' })
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null を指定すると提携機関を外します / null removes it.' })
  @IsOptional()
  @IsString({ message: '提携機関IDの形式が正しくありません。' })
  partnerInstitutionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null を指定すると所属支店を外します / null removes it.' })
  @IsOptional()
  @IsString({ message: '支店IDの形式が正しくありません。' })
  partnerBranchId?: string | null;
}
