import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../users/user.model';

@ObjectType('SessionPayload', {
  description:
    'ブラウザーのログインセッション。セッションはHttpOnlyのCookieにあり、トークンは返さない / A browser session: it lives in an HttpOnly cookie; no token is returned.',
})
export class SessionPayload {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => GraphQLISODateTime, {
    description:
      '操作がないままこの時刻を過ぎるとセッションが終わる(操作のたびに延長) / The session ends if idle until then; each request extends it.',
  })
  idleExpiresAt: Date;
}
