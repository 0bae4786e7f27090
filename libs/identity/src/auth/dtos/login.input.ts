import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';

@InputType({ description: 'ログイン / Sign-in.' })
export class LoginInput {
  @Field()
  @IsString({ message: 'メールアドレスを入力してください。' })
  email: string;

  @Field()
  @IsString({ message: 'パスワードを入力してください。' })
  password: string;
}
