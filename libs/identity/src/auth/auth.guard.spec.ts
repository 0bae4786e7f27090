import { Public, Role, Roles, type AuthUser } from '@kakehashi/authz';
import { ErrorCode } from '@kakehashi/graphql-core';
import { ForbiddenException, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLError } from 'graphql';
import { IdentityException } from '../identity.exception';
import { AuthGuard, bearerToken } from './auth.guard';
import type { SessionService } from '../sessions/session.service';
import type { AuthenticationService } from './authentication.service';

const consultant: AuthUser = {
  id: 'u-1',
  email: 'c@example.jp',
  name: '鈴木',
  role: Role.CONSULTANT,
  officeId: 'o-1',
  partnerInstitutionId: null,
  partnerBranchId: null,
};

class Handlers {
  @Public()
  login() {
    return 'login';
  }

  @Roles(Role.ADMIN)
  adminOnly() {
    return 'adminOnly';
  }

  @Roles(Role.ADMIN, Role.CONSULTANT)
  forConsultants() {
    return 'forConsultants';
  }

  forgotten() {
    return 'forgotten';
  }
}

@Roles(Role.EXECUTIVE)
class ExecutiveHandlers {
  statistics() {
    return 'statistics';
  }

  @Roles(Role.CONSULTANT)
  overridden() {
    return 'overridden';
  }
}

/** Tokens the fake authenticator accepts: "good" → consultant; anything else is refused as the real one would. */
const authentication = {
  authenticate: jest.fn(async (token: string) => {
    if (token === 'good') return consultant;
    throw IdentityException.sessionInvalid(token === 'expired');
  }),
} as unknown as AuthenticationService;

/** Cookie values the fake session store knows: "live" → consultant; "idle" has expired; anything else has ended. */
const sessions = {
  authenticate: jest.fn(async (cookie: string) => {
    if (cookie === 'live') return { user: consultant, sessionId: 's-1' };
    throw cookie === 'idle' ? IdentityException.sessionExpired() : IdentityException.sessionEnded();
  }),
} as unknown as SessionService;

type FakeRequest = {
  headers: Record<string, string>;
  protocol: string;
  host: string;
  secure: boolean;
  user?: AuthUser;
  cookieSessionId?: string;
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function call(target: object, method: string, headers: Record<string, string> = {}, type = 'graphql') {
  const req: FakeRequest = { headers, protocol: 'http', host: 'kakehashi.test', secure: false };
  const res = { clearCookie: jest.fn() };
  const handler = (target as { prototype: Record<string, () => void> }).prototype[method];
  const args = type === 'graphql' ? [{}, {}, { req, res }, {}] : [req, res];
  const context = new ExecutionContextHost(args, target as never, handler);
  context.setType(type);
  return { context, req, res };
}

describe('AuthGuard', () => {
  const guard = new AuthGuard(new Reflector(), authentication, sessions);

  it('lets anyone call a @Public operation, without a token', async () => {
    await expect(guard.canActivate(call(Handlers, 'login').context)).resolves.toBe(true);
  });

  it('refuses an operation with neither @Roles nor @Public, even for a signed-in user, and logs it', async () => {
    const log = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { context } = call(Handlers, 'forgotten', bearer('good'));
    await expect(guard.canActivate(context)).rejects.toMatchObject({
      extensions: { code: ErrorCode.FORBIDDEN },
    });
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('Handlers.forgotten has neither @Roles nor @Public'),
    );
    log.mockRestore();
  });

  it('asks for sign-in when no bearer token is sent', async () => {
    const error = await guard.canActivate(call(Handlers, 'adminOnly').context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: 'ログインが必要です。',
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  });

  it('refuses an invalid or expired token with a Japanese message and the reason', async () => {
    await expect(
      guard.canActivate(call(Handlers, 'adminOnly', bearer('forged')).context),
    ).rejects.toMatchObject({
      message: 'ログイン情報が無効です。もう一度ログインしてください。',
      extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'SESSION_INVALID' },
    });
    await expect(
      guard.canActivate(call(Handlers, 'adminOnly', bearer('expired')).context),
    ).rejects.toMatchObject({
      message: 'ログインの有効期限が切れました。もう一度ログインしてください。',
    });
  });

  it('refuses a signed-in user whose role the operation does not list', async () => {
    await expect(
      guard.canActivate(call(Handlers, 'adminOnly', bearer('good')).context),
    ).rejects.toMatchObject({
      extensions: { code: ErrorCode.FORBIDDEN },
    });
  });

  it('admits a listed role and attaches the user to the request', async () => {
    const { context, req } = call(Handlers, 'forConsultants', bearer('good'));
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req.user).toEqual(consultant);
  });

  it('applies class-level @Roles, with the method’s own @Roles taking precedence', async () => {
    await expect(
      guard.canActivate(call(ExecutiveHandlers, 'statistics', bearer('good')).context),
    ).rejects.toMatchObject({
      extensions: { code: ErrorCode.FORBIDDEN },
    });
    await expect(
      guard.canActivate(call(ExecutiveHandlers, 'overridden', bearer('good')).context),
    ).resolves.toBe(true);
  });

  it('answers plain HTTP requests with 401 and 403 exceptions', async () => {
    await expect(guard.canActivate(call(Handlers, 'adminOnly', {}, 'http').context)).rejects.toBeInstanceOf(
      UnauthorizedException,
    );
    await expect(
      guard.canActivate(call(Handlers, 'adminOnly', bearer('good'), 'http').context),
    ).rejects.toBeInstanceOf(ForbiddenException);
    await expect(
      guard.canActivate(call(Handlers, 'forConsultants', bearer('good'), 'http').context),
    ).resolves.toBe(true);
  });

  it('checks a request once, however many of its fields the guard is asked about', async () => {
    jest.mocked(authentication.authenticate).mockClear();
    const { context } = call(Handlers, 'forConsultants', bearer('good'));
    await guard.canActivate(context);
    await guard.canActivate(context);
    expect(authentication.authenticate).toHaveBeenCalledTimes(1);
  });
});

describe('AuthGuard with a browser session cookie', () => {
  const guard = new AuthGuard(new Reflector(), authentication, sessions);
  const sameOrigin = { origin: 'http://kakehashi.test' };
  const cookie = (value: string) => ({ cookie: `theme=dark; kk_session=${value}` });

  beforeEach(() => jest.mocked(sessions.authenticate).mockClear());

  it('admits the cookie alone from the API’s own origin and notes the session', async () => {
    const { context, req } = call(Handlers, 'forConsultants', { ...cookie('live'), ...sameOrigin });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req.user).toEqual(consultant);
    expect(req.cookieSessionId).toBe('s-1');
    expect(sessions.authenticate).toHaveBeenCalledWith('live');
  });

  it('takes the bearer token first and leaves the cookie alone', async () => {
    const { context, req } = call(Handlers, 'forConsultants', { ...cookie('live'), ...bearer('good') });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(req.cookieSessionId).toBeUndefined();
    expect(sessions.authenticate).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['the same host on another scheme', { origin: 'https://kakehashi.test' }],
    ['an opaque origin', { origin: 'null' }],
    ['a cross-site navigation', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site (other subdomain) request', { 'sec-fetch-site': 'same-site' }],
    ['no origin information at all', {}],
    [
      'the custom header beside a foreign Origin',
      { origin: 'https://evil.example', 'x-kakehashi-csrf': '1' },
    ],
  ])('refuses the cookie from %s, before looking the session up', async (_, headers) => {
    const { context, res } = call(Handlers, 'forConsultants', { ...cookie('live'), ...headers });
    await expect(guard.canActivate(context)).rejects.toMatchObject({
      message: '他のサイトからのリクエストは受け付けられません。架け橋の画面から操作してください。',
      extensions: { code: ErrorCode.FORBIDDEN, reason: 'CROSS_SITE_REQUEST' },
    });
    expect(sessions.authenticate).not.toHaveBeenCalled();
    expect(res.clearCookie).not.toHaveBeenCalled();
  });

  it('accepts Sec-Fetch-Site: same-origin, and the custom header for GraphQL only', async () => {
    const fetchSite = { ...cookie('live'), 'sec-fetch-site': 'same-origin' };
    await expect(guard.canActivate(call(Handlers, 'forConsultants', fetchSite).context)).resolves.toBe(true);
    await expect(
      guard.canActivate(call(Handlers, 'forConsultants', fetchSite, 'http').context),
    ).resolves.toBe(true);
    const custom = { ...cookie('live'), 'x-kakehashi-csrf': '1' };
    await expect(guard.canActivate(call(Handlers, 'forConsultants', custom).context)).resolves.toBe(true);
    const http = guard.canActivate(call(Handlers, 'forConsultants', custom, 'http').context);
    await expect(http).rejects.toBeInstanceOf(ForbiddenException);
    await expect(http).rejects.toMatchObject({
      response: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' },
    });
  });

  it('refuses an expired or ended session with its reason and tells the browser to drop the cookie', async () => {
    const idle = call(Handlers, 'forConsultants', { ...cookie('idle'), ...sameOrigin });
    await expect(guard.canActivate(idle.context)).rejects.toMatchObject({
      message: 'セッションの有効期限が切れました。もう一度ログインしてください。',
      extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'SESSION_EXPIRED' },
    });
    expect(idle.res.clearCookie).toHaveBeenCalledWith('kk_session', expect.objectContaining({ path: '/' }));
    const ended = call(Handlers, 'forConsultants', { ...cookie('revoked'), ...sameOrigin }, 'http');
    await expect(guard.canActivate(ended.context)).rejects.toMatchObject({
      response: { statusCode: 401, code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    });
    expect(ended.res.clearCookie).toHaveBeenCalled();
  });

  it('still refuses a signed-in browser the roles the operation does not list', async () => {
    const { context } = call(Handlers, 'adminOnly', { ...cookie('live'), ...sameOrigin });
    await expect(guard.canActivate(context)).rejects.toMatchObject({
      extensions: { code: ErrorCode.FORBIDDEN, reason: 'ROLE_NOT_ALLOWED' },
    });
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header, whatever the scheme’s case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
  });

  it('ignores other schemes, empty and malformed headers', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
  });
});
