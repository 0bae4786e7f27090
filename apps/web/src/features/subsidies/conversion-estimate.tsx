import { skipToken, useQuery } from '@apollo/client/react';
import { useRouteContext } from '@tanstack/react-router';
import { EstimateConversionSubsidyDocument, type SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import { failureOf } from '../../shared/form-problems';
import { AttachAction } from './attach-action';
import { ConversionForm } from './conversion-form';
import { ConversionResult } from './conversion-result';
import { conversionDraftOf } from './estimate-drafts';
import { subsidyMessages } from './messages';
import { ResultPanel } from './result-panel';
import { addressKeyOf, conversionInputOf, type SubsidiesSearch } from './subsidies-search';
import { useTypedNames } from './use-typed-names';

const text = subsidyMessages;

/**
 * The conversion estimate: the form, then the API's result (people beyond the yearly cap listed as refused). The
 * address holds the figures; the names typed are kept here (see use-typed-names), never in the address.
 */
export function ConversionEstimate({
  search,
  tables,
  caseNumber,
  onEstimate,
}: {
  search: SubsidiesSearch;
  tables: readonly SubsidyRateTableFieldsFragment[];
  caseNumber: number | null;
  onEstimate: (next: SubsidiesSearch) => Promise<void>;
}) {
  const { me } = useRouteContext({ from: '/signed-in' });
  const typed = useTypedNames();
  const names = typed.namesFor(addressKeyOf(search)) ?? [];
  const input = conversionInputOf(search, names);
  const estimate = useQuery(
    EstimateConversionSubsidyDocument,
    input ? { variables: { input }, fetchPolicy: 'no-cache' } : skipToken,
  );
  const result = input && !estimate.loading ? estimate.data?.estimateConversionSubsidy : undefined;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="flex min-w-0 flex-col gap-4">
        <h2 className="text-lg font-bold">{text.form.heading}</h2>
        <ConversionForm
          initial={conversionDraftOf(search, names)}
          search={search}
          tables={tables}
          apiFailure={estimate.error ? failureOf(estimate.error, text.form.failed) : null}
          onEstimate={async (next, typedNames) => {
            typed.keep(addressKeyOf(next), typedNames);
            await onEstimate(next);
          }}
        />
      </div>
      <ResultPanel
        asked={Boolean(input)}
        loading={Boolean(input) && estimate.loading}
        totalYen={result?.totalYen ?? null}
      >
        {result ? <ConversionResult estimate={result} tables={tables} /> : null}
        {result && input && search.caseId && caseNumber !== null && me.worksJobcard ? (
          <AttachAction
            key={JSON.stringify(input)}
            caseId={search.caseId}
            caseNumber={caseNumber}
            planId={search.planId}
            input={{ kind: 'CONVERSION', conversion: input }}
          />
        ) : null}
      </ResultPanel>
    </div>
  );
}
