// One exception of every code of every domain module, raised through a query and through a field resolver of an
// application configured as the API is (its GraphQL options and its one error filter), must reach the client as the
// API error the module's table names: code, reason, Japanese message, details and field errors.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { validateEnvironment } from '@kakehashi/config';
import { CaseException, CaseExceptionCode } from '@kakehashi/cases';
import { ApiErrorsFilter, ErrorCode, type DomainException } from '@kakehashi/graphql-core';
import { IdentityException, IdentityExceptionCode } from '@kakehashi/identity';
import {
  AssignmentException,
  AssignmentExceptionCode,
  MatchingException,
  MatchingExceptionCode,
} from '@kakehashi/matching';
import { NotificationException, NotificationExceptionCode } from '@kakehashi/notifications';
import { OfferException, OfferExceptionCode, SkillException, SkillExceptionCode } from '@kakehashi/offers';
import { CompanyException, CompanyExceptionCode } from '@kakehashi/organisations';
import { PartnerException, PartnerExceptionCode } from '@kakehashi/partners';
import {
  ReferralException,
  ReferralExceptionCode,
  ReferralImportException,
  ReferralImportExceptionCode,
} from '@kakehashi/referrals';
import { StatisticsException, StatisticsExceptionCode } from '@kakehashi/statistics';
import { TalentBankException, TalentBankExceptionCode } from '@kakehashi/talent-bank';
import { JobcardException, JobcardExceptionCode } from '@kakehashi/jobcard';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import {
  Args,
  Field,
  GraphQLModule,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { filesUnder, readSource } from '@kakehashi/testing';
import request from 'supertest';
import { graphqlOptions } from './graphql-options';

type FieldList = { field: string; message: string }[];
interface ModuleExceptions {
  codes: Record<string, string>;
  raise(
    code: string,
    message: string,
    details: Record<string, unknown>,
    fields: FieldList,
  ): DomainException<string>;
}

/** A module's exception class, constructed as its use cases do, with its codes. */
function module<Code extends string>(
  exception: new (
    code: Code,
    message: string,
    details: Record<string, unknown>,
    fields: FieldList,
  ) => DomainException<Code>,
  codes: Record<string, Code>,
) {
  const raise = (code: string, message: string, details: Record<string, unknown>, fields: FieldList) =>
    new exception(code as Code, message, details, fields);
  const exceptions: ModuleExceptions = { codes, raise };
  return [exception.name, exceptions] as const;
}

/** Every domain module's exception class and all its codes. */
const MODULES: Record<string, ModuleExceptions> = Object.fromEntries([
  module(IdentityException, IdentityExceptionCode),
  module(CompanyException, CompanyExceptionCode),
  module(OfferException, OfferExceptionCode),
  module(SkillException, SkillExceptionCode),
  module(MatchingException, MatchingExceptionCode),
  module(AssignmentException, AssignmentExceptionCode),
  module(NotificationException, NotificationExceptionCode),
  module(CaseException, CaseExceptionCode),
  module(PartnerException, PartnerExceptionCode),
  module(ReferralException, ReferralExceptionCode),
  module(ReferralImportException, ReferralImportExceptionCode),
  module(StatisticsException, StatisticsExceptionCode),
  module(TalentBankException, TalentBankExceptionCode),
  module(JobcardException, JobcardExceptionCode),
]);

const MESSAGE = 'テスト用の説明です。';
const REFUSALS: string[] = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND];
const DETAILS = { currentVersion: 7 };
const FIELDS: FieldList = [{ field: 'input.name', message: '名称を入力してください。' }];
const raise = (module: string, code: string) => MODULES[module].raise(code, MESSAGE, DETAILS, FIELDS);

@ObjectType()
class Probe {
  @Field()
  module!: string;
  @Field()
  code!: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Boolean)
  raiseInQuery(@Args('module') module: string, @Args('code') code: string): boolean {
    throw raise(module, code);
  }

  @Query(() => Probe)
  probe(@Args('module') module: string, @Args('code') code: string): Probe {
    return { module, code };
  }

  @ResolveField(() => Boolean)
  raiseInField(@Parent() probe: Probe): boolean {
    throw raise(probe.module, probe.code);
  }
}

/** Every `class … extends DomainException<…>` in the libraries, so a new module cannot be left out above. */
function declaredDomainExceptions(): string[] {
  return filesUnder('libs')
    .filter((path) => path.endsWith('.ts'))
    .flatMap((path) =>
      [...readSource(path).matchAll(/class (\w+) extends DomainException</g)].map((m) => m[1]),
    )
    .sort();
}

describe('domain exceptions as API errors', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const config = validateEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }, process.cwd());
    const moduleRef = await Test.createTestingModule({
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
      ],
      providers: [ProbeResolver, { provide: APP_FILTER, useClass: ApiErrorsFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  it("maps every code as its module's table says (reviewed here as one snapshot)", () => {
    const kinds = Object.fromEntries(
      Object.entries(MODULES).map(([module, { codes }]) => [
        module,
        Object.fromEntries(Object.values(codes).map((code) => [code, raise(module, code).apiErrorKind])),
      ]),
    );
    expect(kinds).toMatchSnapshot();
  });

  it('covers every domain exception class of the libraries', () => {
    expect(Object.keys(MODULES).sort()).toEqual(declaredDomainExceptions());
  });

  const everyCode = Object.entries(MODULES).flatMap(([module, { codes }]) =>
    Object.values(codes).map((code) => [module, code] as const),
  );

  it.each(everyCode)(
    '%s %s: the same API error from a query and from a field resolver',
    async (module, code) => {
      const expected = raise(module, code);
      const kind = expected.apiErrorKind;
      expect(Object.values(ErrorCode)).toContain(kind);
      expect(kind).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);

      const variables = { module, code };
      const inQuery = await request(app.getHttpServer()).post('/graphql').send({
        query: 'query ($module: String!, $code: String!) { raiseInQuery(module: $module, code: $code) }',
        variables,
      });
      const inField = await request(app.getHttpServer()).post('/graphql').send({
        query:
          'query ($module: String!, $code: String!) { probe(module: $module, code: $code) { raiseInField } }',
        variables,
      });

      for (const [response, path] of [
        [inQuery, ['raiseInQuery']],
        [inField, ['probe', 'raiseInField']],
      ] as const) {
        expect(response.status).toBe(200);
        const [error] = (
          response.body as {
            errors: { message: string; path: string[]; extensions: Record<string, unknown> }[];
          }
        ).errors;
        expect(error.path).toEqual(path);
        expect(error.message).toBe(MESSAGE);
        expect(error.extensions).toMatchObject({ code: kind, reason: code });
        // A refusal names what was refused and why, nothing of the record; other errors carry their facts.
        if (REFUSALS.includes(kind)) expect(error.extensions).not.toHaveProperty('currentVersion');
        else expect(error.extensions['currentVersion']).toBe(7);
        if (kind === ErrorCode.BAD_USER_INPUT) expect(error.extensions['fields']).toEqual(FIELDS);
      }
    },
  );
});
