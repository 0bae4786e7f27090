import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { caseMessages } from './messages';

/** A refusal the page found itself before asking the API (a number that is not one). */
export function localFailure(fields: { field: string; message: string }[]): ApiErrorInfo {
  return { code: 'LOCAL', reason: null, message: null, fields, retryAfterSeconds: null };
}

const NETWORK: ApiErrorInfo = {
  code: null,
  reason: null,
  message: caseMessages.form.network,
  fields: [],
  retryAfterSeconds: null,
};

export interface CaseCommand<TVariables> {
  /** The case as saved, or null when refused (the refusal is in `failure`). */
  run: (variables: TVariables) => Promise<CaseDetailFragment | null>;
  running: boolean;
  failure: ApiErrorInfo | null;
  setFailure: (failure: ApiErrorInfo | null) => void;
}

/** One change of the case (every case mutation answers with the whole case), with what the API said when it refused. */
export function useCaseCommand<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): CaseCommand<TVariables> {
  const [mutate, { loading }] = useMutation<TData, TVariables>(document);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  async function run(variables: TVariables): Promise<CaseDetailFragment | null> {
    try {
      // The variables are the caller's own type; Apollo's conditional parameter type cannot see that generically.
      const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: unknown }>;
      const result = await send({ variables });
      setFailure(null);
      const data = result.data as Record<string, CaseDetailFragment> | undefined;
      return data ? (Object.values(data)[0] ?? null) : null;
    } catch (error) {
      setFailure(apiErrorOf(error) ?? NETWORK);
      return null;
    }
  }
  return { run, running: loading, failure, setFailure };
}
