import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '@kakehashi/config';
import {
  complexityLimitPlugin,
  depthLimitRule,
  formatGraphqlError,
  RequestLoaders,
  type GraphqlContext,
} from '@kakehashi/graphql-core';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

const logger = new Logger('GraphQL');

/** Apollo Server options: code-first schema, limits, per-request loaders and error formatting. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    // The sandbox landing page and introspection help developers; production exposes neither.
    introspection: !config.isProduction,
    playground: false,
    includeStacktraceInErrorResponses: config.isDevelopment,
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => ({
      req: req as GraphqlContext['req'],
      res,
      loaders: new RequestLoaders(),
    }),
    validationRules: [depthLimitRule(config.graphqlMaxDepth)],
    plugins: [complexityLimitPlugin(config.graphqlMaxComplexity)],
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, config.isDevelopment, () =>
        logger.error({ msg: 'unexpected GraphQL error', path: formatted.path, err: error }),
      ),
  };
}
