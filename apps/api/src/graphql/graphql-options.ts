import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@kakehashi/config';
import {
  aliasLimitRule,
  depthLimitRule,
  formatGraphqlError,
  requestLimitsPlugin,
  RequestLoaders,
  type GraphqlContext,
} from '@kakehashi/graphql-core';
import { errorForLog } from '@kakehashi/observability';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

const logger = new Logger('GraphQL');

/** More than any screen sends (the introspection query is about 300 tokens); parsing stops there. */
export const GRAPHQL_MAX_TOKENS = 15_000;
/** A screen aliases a handful of fields (months of a year, a few rankings); more is a way to multiply work. */
export const GRAPHQL_MAX_ALIASES = 30;

/** Apollo Server options: code-first schema, limits, per-request loaders and error formatting. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // Introspection helps developers; production exposes neither it nor "Did you mean …" hints about the schema.
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    playground: false,
    // Apollo's own guard (its default, stated so it stays): a GET or a "simple" POST (text/plain, a form) must carry
    // a header only a script of a permitted origin can add, so no page elsewhere makes a browser run an operation.
    // Cookie sessions add the same-origin check of the AuthGuard on top.
    csrfPrevention: true,
    includeStacktraceInErrorResponses: config.isDevelopment,
    parseOptions: { maxTokens: GRAPHQL_MAX_TOKENS },
    // Domain refusals raised in field resolvers map to their API errors like those raised in queries and mutations.
    fieldResolverEnhancers: ['filters'],
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
      req: req as GraphqlContext['req'],
      res,
      loaders: new RequestLoaders(),
    }),
    validationRules: [depthLimitRule(config.graphqlMaxDepth), aliasLimitRule(GRAPHQL_MAX_ALIASES)],
    plugins: [
      requestLimitsPlugin(config.graphqlMaxComplexity),
      // Apollo's cache-control plugin runs for every field of every response to compute HTTP cache hints; nothing
      // here declares any (answers are per user and never cached), so it would only cost time.
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, config.isDevelopment, () =>
        // The error's message and details may quote what the caller sent (a password, an address): log its kind only.
        logger.error({ msg: 'unexpected GraphQL error', path: formatted.path, err: errorForLog(error) }),
      ),
  };
}
