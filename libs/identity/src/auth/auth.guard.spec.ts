import { Public, Role, Roles, type AuthUser } from '@kakehashi/authz';
import { ErrorCode } from '@kakehashi/graphql-core';
import { ForbiddenException, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { GraphQLError } from 'graphql';
import { IdentityException } from '../identity.exception';
import { AuthGuard, bearerToken } from './auth.guard';
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

function call(target: object, method: string, headers: Record<string, string> = {}, type = 'graphql') {
  const req: { headers: Record<string, string>; user?: AuthUser } = { headers };
  const handler = (target as { prototype: Record<string, () => void> }).prototype[method];
  const args = type === 'graphql' ? [{}, {}, { req }, {}] : [req, {}];
  const context = new ExecutionContextHost(args, target as never, handler);
  context.setType(type);
  return { context, req };
}

describe('AuthGuard', () => {
  const guard = new AuthGuard(new Reflector(), authentication);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

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
