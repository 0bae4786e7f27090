import type { Role } from '@kakehashi/authz';
import type { AppConfig } from '@kakehashi/config';
import { Injectable } from '@nestjs/common';
import { JwtService, type JwtModuleOptions } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { IdentityException } from '../identity.exception';

/** What a token says. `tv` is the user's tokenVersion when it was issued; a bump revokes it. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  tv: number;
}

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
}

/** The one algorithm we sign and accept (a token claiming `none` or RS256 is refused). */
export function jwtModuleOptions(config: AppConfig): JwtModuleOptions {
  return {
    // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a public key on every
    // verification and fails (a tenth of a request's CPU in the profile of bench:api) before using it as a secret.
    secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
    signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
    verifyOptions: { algorithms: ['HS256'] },
  };
}

/** Issues and reads the bearer tokens (HS256 JWT). */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  async issue(user: { id: string; role: Role; tokenVersion: number }): Promise<IssuedToken> {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(claims);
    // The token's own `exp`, so clients see exactly when it stops working.
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired token; SESSION_INVALID otherwise. */
  async read(token: string): Promise<AccessTokenClaims> {
    let payload: Partial<AccessTokenClaims>;
    try {
      payload = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token);
    } catch (error) {
      throw IdentityException.sessionInvalid((error as Error).name === 'TokenExpiredError');
    }
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.tv !== 'number' ||
      typeof payload.role !== 'string'
    ) {
      throw IdentityException.sessionInvalid();
    }
    return { sub: payload.sub, role: payload.role, tv: payload.tv };
  }
}
