import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AuthUser } from '@kakehashi/authz';
import {
  ApiErrorsFilter,
  createInputValidationPipe,
  formatGraphqlError,
  RequestLoaders,
  type GraphqlContext,
} from '@kakehashi/graphql-core';
import type { DynamicModule, INestApplication, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import request from 'supertest';
import { HeaderAuthGuard, testUserHeader } from '../header-auth.guard';

/** A JSON value as a response carries it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One GraphQL error as the client receives it. */
export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions: { code?: string; reason?: string; fields?: { field: string; message: string }[] } & {
    [key: string]: JsonValue | undefined;
  };
}

/** A GraphQL response; `Data` is the shape the test's query selects. */
export interface GqlResponse<Data = { [key: string]: JsonValue }> {
  data?: Data | null;
  errors?: GqlError[];
}

/**
 * What a library's GraphQL integration test adds to its testing module so that its resolvers answer as they do in the
 * API: the code-first schema, per-request loaders, the input validation pipe, the one error filter (applied to field
 * resolvers too) and a guard that takes the caller from the `x-test-user` header and enforces @Roles/@Public.
 */
export function graphqlTestModule(): { imports: DynamicModule[]; providers: Provider[] } {
  return {
    imports: [
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
          req,
          loaders: new RequestLoaders(),
        }),
        formatError: (formatted) => formatGraphqlError(formatted, false, () => undefined),
        fieldResolverEnhancers: ['filters'],
      }),
    ],
    providers: [
      { provide: APP_GUARD, useClass: HeaderAuthGuard },
      { provide: APP_PIPE, useFactory: createInputValidationPipe },
      { provide: APP_FILTER, useClass: ApiErrorsFilter },
    ],
  };
}

/** Sends operations to a test application as a given user (or none), over HTTP as a browser would. */
export class GraphqlTestClient {
  constructor(private readonly app: INestApplication) {}

  async gql<Data = { [key: string]: JsonValue }>(
    user: AuthUser | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<Data>> {
    const call = request(this.app.getHttpServer()).post('/graphql');
    if (user) call.set('x-test-user', testUserHeader(user));
    const response = await call.send({ query, variables });
    return response.body as GqlResponse<Data>;
  }
}

/** What every GraphQL response looks like here, whichever client sent the operation. */
interface AnyGqlResponse<Data> {
  data?: Data | null;
  errors?: readonly unknown[];
}

/** The data of a response that must have some; fails naming its errors otherwise. */
export function dataOf<Data>(response: AnyGqlResponse<Data>): Data {
  if (!response.data) throw new Error(`no data: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The data of a response that must have succeeded; fails naming its errors otherwise. */
export function ok<Data>(response: AnyGqlResponse<Data>): Data {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return dataOf(response);
}

/** `extensions.code` of a response's first error, or null when it has none. */
export function codeOf(response: GqlResponse<unknown>): string | null {
  return response.errors?.[0]?.extensions.code ?? null;
}

/** `extensions.reason` (the module's own code) of a response's first error, or null. */
export function reasonOf(response: GqlResponse<unknown>): string | null {
  return response.errors?.[0]?.extensions.reason ?? null;
}
