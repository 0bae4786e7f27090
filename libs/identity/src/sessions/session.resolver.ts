import { ANY_SIGNED_IN_ROLE, CurrentUser, Public, Roles, type AuthUser } from '@kakehashi/authz';

import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AuthenticationService } from '../auth/authentication.service';
import { ChangeMyPasswordInput } from '../auth/dtos/change-my-password.input';
import { LoginInput } from '../auth/dtos/login.input';

import { IdentityException } from '../identity.exception';
import type { UserEntity } from '../users/user.entity';
import { isSameOriginRequest } from './same-origin';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie';
import { SessionPayload } from './session.payload';
import { SessionService } from './session.service';

/**
 * Sign-in and sign-out for browsers (the web app on the API's origin): the session lives in the HttpOnly kk_session
 * cookie and no token ever reaches the page. Scripts keep `login` and bearer tokens.
 */
@Resolver()
export class SessionResolver {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly sessions: SessionService,
  ) {}

  @Mutation(() => SessionPayload, {
    description:
      'ブラウザーでログインする。Cookieにセッションを設定し、トークンは返さない / Sign a browser in (sets the kk_session cookie).',
  })
  @Public()
  async signIn(
    @Args('input') input: LoginInput,
    @Context('req') req: AuthenticatedRequest,
    @Context('res') res: Response,
  ): Promise<SessionPayload> {
    // Login CSRF: another site must not sign this browser in to an account of the other site's choosing.
    if (!isSameOriginRequest(req, { graphql: true })) throw IdentityException.crossSiteRequest();
    const user = await this.authentication.signIn(input.email, input.password, clientAddress(req));
    // A session the browser still holds (of this account or another) ends rather than lingering unseen.
    const previous = sessionCookieOf(req.headers['cookie']);
    if (previous) await this.sessions.revokeByCookie(previous);
    return this.openSession(user, req, res);
  }

  @Mutation(() => Boolean, {
    description:
      'このブラウザーのセッションを直ちに終了し、Cookieを消す。トークンでの呼び出しではfalse(トークンは期限まで有効) / End this browser session now; false for a bearer token.',
  })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async signOut(@Context('req') req: AuthenticatedRequest, @Context('res') res: Response): Promise<boolean> {
    if (!req.cookieSessionId) return false;
    await this.sessions.revoke(req.cookieSessionId);
    clearSessionCookie(req, res);
    return true;
  }

  /**
   * The browser's own password change. A separate operation rather than `changeMyPassword` with its token made
   * optional: LoginPayload.accessToken stays non-null for the scripts that read it, and a cookie session is never
   * handed a token, not even as a field it might ask for. The password change ends every other token and session
   * (tokenVersion moves on); this browser gets a new session and cookie, so it stays signed in.
   */
  @Mutation(() => SessionPayload, {
    description:
      '自分のパスワードを変更する(ブラウザー用)。他の端末はログアウトされ、このブラウザーは新しいセッションで続ける / Change own password in a browser session.',
  })
  @Roles(...ANY_SIGNED_IN_ROLE)
  async changeMyPasswordInSession(
    @CurrentUser() caller: AuthUser,
    @Args('input') input: ChangeMyPasswordInput,
    @Context('req') req: AuthenticatedRequest,
    @Context('res') res: Response,
  ): Promise<SessionPayload> {
    if (!req.cookieSessionId) throw IdentityException.cookieSessionRequired();
    const user = await this.authentication.changePassword(
      caller,
      input.currentPassword,
      input.newPassword,
      clientAddress(req),
    );
    await this.sessions.revoke(req.cookieSessionId);
    return this.openSession(user, req, res);
  }

  private async openSession(
    user: UserEntity,
    req: AuthenticatedRequest,
    res: Response,
  ): Promise<SessionPayload> {
    const session = await this.sessions.open(user);
    setSessionCookie(req, res, session.token);
    return { user, idleExpiresAt: session.idleExpiresAt };
  }
}

function clientAddress(req: AuthenticatedRequest): string {
  return req.ip ?? 'unknown';
}
