import type { ApolloServerPlugin } from '@apollo/server';
import type { Complexity } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { GraphQLError } from 'graphql';

/**
 * Refuses an operation whose estimated cost exceeds `maxComplexity` before it runs. Each field costs 1; list
 * fields declare `complexity: connectionComplexity` so asking for 100 items of a nested list costs 100 times as much.
 */
export function complexityLimitPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `クエリが複雑すぎます(コスト${complexity}、上限${maxComplexity})。件数を減らしてください。`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  reason: 'QUERY_TOO_COMPLEX',
                  complexity,
                  maxComplexity,
                },
              },
            );
          }
        },
      };
    },
  };
}

/** Cost of a paginated field: its page size times the cost of one item. */
export const connectionComplexity: Complexity = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? args['first'] : 20;
  return 1 + first * Math.max(childComplexity, 1);
};
