// The referrals API over HTTP for integration tests: ReferralsModule with GraphQL as the API wires it, and a small
// guard that takes the caller from a header and enforces @Roles as the application's guard does.
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AuthUser } from '@kakehashi/authz';
import {
  createInputValidationPipe,
  formatGraphqlError,
  RequestLoaders,
  type GraphqlContext,
  ApiErrorsFilter,
} from '@kakehashi/graphql-core';
import { HeaderAuthGuard, testUserHeader } from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import request from 'supertest';
import type { Logger } from 'typeorm';
import { startReferralsKit, type ReferralsKit } from './referrals-kit';

// Response shapes are checked by the assertions themselves.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GqlResponse {
  data?: Record<string, Json> | null;
  errors?: { message: string; path?: (string | number)[]; extensions: Record<string, Json> }[];
}

export interface ReferralsApi {
  kit: ReferralsKit;
  gql(user: AuthUser, query: string, variables?: Record<string, unknown>): Promise<GqlResponse>;
  close(): Promise<void>;
}

export async function startReferralsApi(options: { logger?: Logger } = {}): Promise<ReferralsApi> {
  const kit = await startReferralsKit({
    logger: options.logger,
    imports: [
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
          req,
          loaders: new RequestLoaders(),
        }),
        formatError: (formatted) => formatGraphqlError(formatted, false, () => undefined),
        // As the API does: field resolvers' refusals map through the modules' filters too.
        fieldResolverEnhancers: ['filters'],
      }),
    ],
    providers: [
      { provide: APP_GUARD, useClass: HeaderAuthGuard },
      { provide: APP_PIPE, useFactory: createInputValidationPipe },
      { provide: APP_FILTER, useClass: ApiErrorsFilter },
    ],
  });
  const app: INestApplication = kit.module.createNestApplication({ logger: false });
  await app.init();
  return {
    kit,
    async gql(user, query, variables = {}) {
      const response = await request(app.getHttpServer())
        .post('/graphql')
        .set('x-test-user', testUserHeader(user))
        .send({ query, variables });
      return response.body as GqlResponse;
    },
    async close() {
      await app.close();
      await kit.close();
    },
  };
}

export const codeOf = (r: GqlResponse) => r.errors?.[0]?.extensions['code'] ?? null;
