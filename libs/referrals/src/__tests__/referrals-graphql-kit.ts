// The referrals API over HTTP for integration tests: ReferralsModule with the GraphQL test setup of
// @kakehashi/testing (the schema as the API wires it, the header guard, the validation pipe, the one error filter).
import type { AuthUser } from '@kakehashi/authz';
import { GraphqlTestClient, graphqlTestModule, type GqlResponse, type JsonValue } from '@kakehashi/testing';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { startReferralsKit, type ReferralsKit } from './referrals-kit';

export interface ReferralsApi {
  kit: ReferralsKit;
  /** `Data`: the shape the query selects (by default any JSON, for calls whose data the test does not read). */
  gql<Data = { [key: string]: JsonValue }>(
    user: AuthUser,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<Data>>;
  close(): Promise<void>;
}

/** What the tests read of a referral a mutation returns. */
export interface ReferralVersion {
  id: string;
  version: number;
  status: string;
}

export async function startReferralsApi(options: { logger?: Logger } = {}): Promise<ReferralsApi> {
  const graphql = graphqlTestModule();
  const kit = await startReferralsKit({
    logger: options.logger,
    imports: graphql.imports,
    providers: graphql.providers,
  });
  const app: INestApplication = kit.module.createNestApplication({ logger: false });
  await app.init();
  const client = new GraphqlTestClient(app);
  return {
    kit,
    gql: <Data>(user: AuthUser, query: string, variables: Record<string, unknown> = {}) =>
      client.gql<Data>(user, query, variables),
    async close() {
      await app.close();
      await kit.close();
    },
  };
}
