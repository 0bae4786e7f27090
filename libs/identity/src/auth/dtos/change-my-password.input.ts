import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType({ description: '自分のパスワードの変更 / Change one’s own password.' })
export class ChangeMyPasswordInput {
  @Field()
  @IsString({ message: '現在のパスワードを入力してください。' })
  currentPassword: string;

  @Field({ description: '12文字以上 / At least 12 characters.' })
  @IsString({ message: '新しいパスワードを入力してください。' })
  newPassword: string;
}
