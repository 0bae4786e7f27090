import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { SheetDetailFragment } from '../../gql/graphql';
import { failureOf, localProblem } from '../../shared/form-problems';
import type { ApiErrorInfo } from '../../shared/api-errors';

export interface SheetCommand<TVariables> {
  /** The sheet as saved, or null when refused (the refusal is in `failure`, a stale version in `conflict`). */
  run: (variables: TVariables) => Promise<SheetDetailFragment | null>;
  running: boolean;
  failure: ApiErrorInfo | null;
  clear: () => void;
  /** Shows a problem found before asking the API (a required choice left empty). */
  refuse: (field: string, message: string) => void;
}

/**
 * A refusal of the seeds' rules (FAILED_PRECONDITION) carries its findings in `extensions.findings`, not as field
 * errors: each becomes a field's line, so the summary links every missing record to its input.
 */
export function withFindings(failure: ApiErrorInfo): ApiErrorInfo {
  const findings = failure.extensions?.['findings'];
  if (failure.fields.length || !Array.isArray(findings) || !findings.length) return failure;
  const fields = (findings as { field?: string | null; message: string }[]).map((finding) => ({
    field: finding.field ?? 'input',
    message: finding.message,
  }));
  return { ...failure, fields };
}

/** True when the API refused because someone saved the sheet first (expectedVersion was stale). */
export function isConflict(failure: ApiErrorInfo | null): boolean {
  return failure?.code === 'CONFLICT';
}

/** One change of a sheet (every sheet mutation answers with the whole sheet), with the API's refusal when it refuses. */
export function useSheetCommand<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  failed: string,
  /** Told when the API refused a stale version (the page shows the conflict panel). */
  onConflict?: () => void,
): SheetCommand<TVariables> {
  const [mutate, { loading }] = useMutation<TData, TVariables>(document);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  async function run(variables: TVariables): Promise<SheetDetailFragment | null> {
    try {
      // The variables are the caller's own type; Apollo's conditional parameter type cannot see that generically.
      const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: unknown }>;
      const result = await send({ variables });
      setFailure(null);
      const data = result.data as Record<string, SheetDetailFragment> | undefined;
      return data ? (Object.values(data)[0] ?? null) : null;
    } catch (error) {
      const failure = withFindings(failureOf(error, failed));
      setFailure(failure);
      if (isConflict(failure)) onConflict?.();
      return null;
    }
  }
  return {
    run,
    running: loading,
    failure,
    clear: () => setFailure(null),
    refuse: (field, message) => setFailure(localProblem(field, message)),
  };
}
