import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/user.model';

@ObjectType('LoginPayload', { description: 'ログイン結果 / A signed-in session.' })
export class LoginPayload {
  @Field({ description: 'Authorization: Bearer <accessToken> として送る / Send as a bearer token.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime, { description: 'トークンの有効期限 / When the token expires.' })
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
