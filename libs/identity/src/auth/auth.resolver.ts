import { ANY_SIGNED_IN_ROLE, CurrentUser, Public, Roles, type AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';

import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { IdentityException } from '../identity.exception';
import type { UserEntity } from '../users/user.entity';
import { UserModel } from '../users/user.model';

import type { AuthenticatedRequest } from './auth.guard';
import { AuthenticationService } from './authentication.service';
import { ChangeMyPasswordInput } from './dtos/change-my-password.input';
import { LoginInput } from './dtos/login.input';
import { LoginPayload } from './dtos/login.payload';

@Resolver()
export class AuthResolver {
  constructor(private readonly authentication: AuthenticationService) {}

  @Mutation(() => LoginPayload, { description: 'ログインしてアクセストークンを得る / Sign in.' })
  @Public()
  login(@Args('input') input: LoginInput, @Context() ctx: GraphqlContext): Promise<LoginPayload> {
    return this.authentication.login(input.email, input.password, clientAddress(ctx));
  }

  @Query(() => UserModel, { description: 'ログイン中のユーザー / The signed-in user.' })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async me(@CurrentUser() caller: AuthUser): Promise<UserEntity> {
    const user = await this.authentication.signedInUser(caller.id);
    // The guard has just found this user; only a concurrent removal could get here.
    if (!user) throw IdentityException.sessionInvalid();
    return user;
  }

  @Mutation(() => LoginPayload, {
    description:
      '自分のパスワードを変更する(トークン用)。他の端末はログアウトされ、新しいトークンを返す / Change own password (bearer token).',
  })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async changeMyPassword(
    @CurrentUser() caller: AuthUser,
    @Args('input') input: ChangeMyPasswordInput,
    @Context() ctx: GraphqlContext,
  ): Promise<LoginPayload> {
    // A browser's cookie session is never handed a token: it uses changeMyPasswordInSession and stays signed in.
    if ((ctx.req as AuthenticatedRequest).cookieSessionId) throw IdentityException.bearerTokenRequired();
    return this.authentication.changeMyPassword(
      caller,
      input.currentPassword,
      input.newPassword,
      clientAddress(ctx),
    );
  }
}

function clientAddress(ctx: GraphqlContext): string {
  return ctx.req.ip ?? 'unknown';
}
