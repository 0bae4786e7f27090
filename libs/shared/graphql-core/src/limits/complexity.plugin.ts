import type { ApolloServerPlugin } from '@apollo/server';
import type { ComplexityEstimatorArgs } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../pagination/page-args';
import { checkArgumentValues } from './check-argument-values';
import { coerceVariables } from './coerce-variables';
import { PassedChecks } from './passed-checks';
import { requestRefusal } from './request-refusal';

/**
 * Checks an operation before anything runs: its variables coerce (refused field by field in Japanese, never quoting
 * a value), its text and dates obey the rules every input obeys, and its estimated cost is within `maxComplexity`.
 * Each field costs 1; list fields declare `complexity: connectionComplexity` so asking for 100 items of a nested list
 * costs 100 times as much, and the matching rankings declare what a ranking costs the engine. A document asked again
 * with the same variables is not checked again (see PassedChecks).
 */
export function requestLimitsPlugin(maxComplexity: number): ApolloServerPlugin {
  // One per schema's server: a document object belongs to the schema it was validated against.
  const passed = new PassedChecks();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Apollo resolved the operation before calling this hook; without one there is nothing to run.
          if (!operation) return;
          const key = passed.key(request.operationName, request.variables);
          if (passed.costOf(document, key) !== undefined) return;
          const variables = coerceVariables(schema, operation, request.variables);
          checkArgumentValues(schema, document, variables);
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity <= maxComplexity) passed.remember(document, key, complexity);
          if (complexity > maxComplexity) {
            throw requestRefusal(
              `クエリが複雑すぎます(コスト${complexity}、上限${maxComplexity})。件数を減らしてください。`,
              { reason: 'QUERY_TOO_COMPLEX', complexity, maxComplexity },
            );
          }
        },
      };
    },
  };
}

type ComplexityArgs = Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>;

/**
 * The page size a list will really serve, for pricing: `first` clamped to the allowed range, so a negative or huge
 * value (refused later by validation anyway) can never make the cost small.
 */
export function pricedPageSize(args: Record<string, unknown>, defaultSize = 20): number {
  const first =
    typeof args['first'] === 'number' && Number.isFinite(args['first']) ? args['first'] : defaultSize;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(first)));
}

/** Cost of a paginated field: its page size times the cost of one item. */
export const connectionComplexity = ({ args, childComplexity }: ComplexityArgs): number =>
  1 + pricedPageSize(args) * Math.max(childComplexity, 1);

/**
 * What one ranking costs the matching engine beyond the items it returns (scoring the candidate buckets of one
 * offer), in field units: measured at national size it is worth about a hundred plain fields.
 */
export const RANKING_BASE_COST = 100;

/** Cost of a matching ranking: the engine's work plus its page of results. */
export const rankingComplexity = (options: ComplexityArgs): number =>
  RANKING_BASE_COST + connectionComplexity(options);
