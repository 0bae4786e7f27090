// Builders for the identity integration tests: the real IdentityModule on this run's PostgreSQL and Redis
// (DATABASE_URL, REDIS_URL, REDIS_PREFIX from the Jest global setup), and unique test data.
import { Role } from '@kakehashi/authz';
import { ConfigModule, validateEnvironment, type AppConfig } from '@kakehashi/config';
import { DatabaseModule } from '@kakehashi/database';
import { RequestLoaders, toApiError } from '@kakehashi/graphql-core';
import { OfficeEntity } from '@kakehashi/organisations';
import { testPoolSize } from '@kakehashi/testing';
import type { ExecutionContext, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Test, type TestingModule } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AuthGuard } from '../auth/auth.guard';
import { AuthenticationService } from '../auth/authentication.service';
import { IdentityModule } from '../identity.module';
import { IdentityException } from '../identity.exception';
import { SessionService } from '../sessions/session.service';
import { UserAdministrationService, type NewUser } from '../users/services/user-administration.service';
import { UserDirectoryService } from '../users/services/user-directory.service';
import { UserEntity } from '../users/user.entity';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface IdentityKit {
  module: TestingModule;
  config: AppConfig;
  auth: AuthenticationService;
  admin: UserAdministrationService;
  directory: UserDirectoryService;
  guard: AuthGuard;
  users: Repository<UserEntity>;
  offices: Repository<OfficeEntity>;
  close(): Promise<void>;
}

/**
 * The module as the API wires it; `env` overrides variables (e.g. LOGIN_MAX_FAILURES). `poolSize`: database connections
 * (default: the run's, one as on the embedded default).
 */
export async function startIdentityKit(
  env: Record<string, string> = {},
  poolSize = testPoolSize(),
): Promise<IdentityKit> {
  const config = validateEnvironment({ ...process.env, ...env });
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: run through the Jest global setup.');
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot({
        url: config.databaseUrl,
        poolSize,
        applicationName: 'kakehashi-identity-test',
      }),
      IdentityModule,
    ],
  }).compile();
  await module.init();
  const auth = module.get(AuthenticationService);
  return {
    module,
    config,
    auth,
    admin: module.get(UserAdministrationService),
    directory: module.get(UserDirectoryService),
    guard: new AuthGuard(new Reflector(), auth, module.get(SessionService)),
    users: module.get(getRepositoryToken(UserEntity)),
    offices: module.get(getRepositoryToken(OfficeEntity)),
    close: () => module.close(),
  };
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@identity-test.example`;
}

/** A client address no other test uses, so per-address counts do not interfere. */
export function uniqueAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export async function officeId(kit: IdentityKit, code: string): Promise<string> {
  const office = await kit.offices.findOneBy({ code });
  if (!office) throw new Error(`Office ${code} is missing: the reference seed should have created it.`);
  return office.id;
}

/** M銀行, a partner institution of the reference data (prisma/seed/partner-institutions.csv) the global setup loads. */
export const SEEDED_PARTNER_INSTITUTION_ID = '00000000-0000-4000-8000-000000000001';

/**
 * A branch of its own in a partner institution. Plain SQL: the partner tables belong to @kakehashi/partners, which
 * depends on this library (so its entities are not available here).
 */
export async function aPartnerBranch(
  kit: IdentityKit,
  institutionId = SEEDED_PARTNER_INSTITUTION_ID,
): Promise<string> {
  const [row]: { id: string }[] = await kit.users.query(
    `INSERT INTO "partner_branches" ("institution_id", "name", "prefecture_code", "version")
     VALUES ($1, $2, '13', 1) RETURNING "id"`,
    [institutionId, `試験支店${randomBytes(5).toString('hex')}`],
  );
  return row.id;
}

/** A user of `role` placed where the role belongs (Tokyo office, HQ, a partner institution and branch). */
export async function aUser(
  kit: IdentityKit,
  role: Role,
  overrides: Partial<NewUser> = {},
): Promise<UserEntity> {
  const placement: Partial<NewUser> =
    role === Role.CONSULTANT
      ? { officeId: await officeId(kit, '13') }
      : role === Role.HQ_COORDINATOR
        ? { officeId: await officeId(kit, 'HQ') }
        : role === Role.PARTNER_HQ
          ? { partnerInstitutionId: SEEDED_PARTNER_INSTITUTION_ID }
          : role === Role.PARTNER_BRANCH
            ? {
                partnerInstitutionId: SEEDED_PARTNER_INSTITUTION_ID,
                partnerBranchId: await aPartnerBranch(kit),
              }
            : {};
  return kit.admin.createUser({
    email: uniqueEmail(role.toLowerCase()),
    name: `テスト ${role}`,
    role,
    password: TEST_PASSWORD,
    ...placement,
    ...overrides,
  });
}

export async function signIn(kit: IdentityKit, email: string, password = TEST_PASSWORD): Promise<string> {
  return (await kit.auth.login(email, password, uniqueAddress())).accessToken;
}

/** A GraphQL execution context for `Resolver.method` with this bearer token, as Nest would build it. */
export function graphqlCall<T>(
  resolver: Type<T>,
  method: keyof T & string,
  token?: string,
): { context: ExecutionContext; req: { headers: Record<string, string>; user?: unknown } } {
  const req: { headers: Record<string, string>; user?: unknown } = {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  };
  const handler = resolver.prototype[method] as (...args: unknown[]) => unknown;
  const host = new ExecutionContextHost(
    [{}, {}, { req, loaders: new RequestLoaders() }, {}],
    resolver,
    handler,
  );
  host.setType('graphql');
  return { context: host, req };
}

/** The GraphQL error a call ends in (what the client would see), or null if it succeeded. */
export async function apiErrorOf(work: Promise<unknown>) {
  try {
    await work;
    return null;
  } catch (error) {
    if (error instanceof IdentityException) return toApiError(error);
    throw error;
  }
}
