import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, Select } from '@kakehashi/web-ui';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import {
  AdminMatchingPreviewDocument,
  AdminOfficesDocument,
  AdminSampleOffersDocument,
  type AdminMatchingPreviewQuery,
  type MatchingSettingsPreviewInput,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { PreviewTable } from './preview-table';
import { adminMessages } from './messages';

const text = adminMessages.matching;

/** How many of an office's newest sending offers the sample can be chosen from. */
const SAMPLE_OFFERS = 20;

/**
 * One sending offer's top ten under the settings in force and under those being typed, side by side; the sample
 * offer is kept in the URL. Nothing is saved.
 */
export function MatchingPreview({ input }: { input: MatchingSettingsPreviewInput }) {
  const apollo = useApolloClient();
  const search = useSearch({ from: '/signed-in/admin/matching' });
  const navigate = useNavigate();
  const [result, setResult] = useState<AdminMatchingPreviewQuery['previewMatchingSettings'] | null>(null);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [running, setRunning] = useState(false);
  const offices = useQuery(AdminOfficesDocument);
  const offers = useQuery(AdminSampleOffersDocument, {
    skip: !search.office,
    variables: { filter: { owningOfficeId: search.office, status: 'OPEN' }, first: SAMPLE_OFFERS },
  });
  if (offices.error) throw offices.error;
  if (offers.error) throw offers.error;
  const officeOptions = (offices.data?.offices ?? []).map((o) => ({ value: o.id, label: o.nameJa }));
  const offerOptions = (offers.data?.sendingOffers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.company.legalName}／${node.jobTitle}`,
  }));

  async function run() {
    if (!search.offer || running) return;
    setRunning(true);
    try {
      const answer = await apollo.query({
        query: AdminMatchingPreviewDocument,
        variables: { sendingOfferId: search.offer, input },
        fetchPolicy: 'network-only',
      });
      setFailure(null);
      setResult(answer.data?.previewMatchingSettings ?? null);
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
      setResult(null);
    } finally {
      setRunning(false);
    }
  }

  return (
    <section aria-labelledby="matching-preview" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="matching-preview" className="mb-2 text-xl font-bold">
        {text.preview}
      </h2>
      <p className="mb-4">{text.previewLead}</p>
      <div className="mb-4 empty:hidden">
        <ErrorSummary title={text.previewFailed} problems={problemsOf(failure)} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Select
          id="matching-sample-office"
          label={text.sampleOffice}
          options={officeOptions}
          value={search.office ?? null}
          onChange={(office) =>
            void navigate({ to: '/admin/matching', search: { office: office ?? undefined }, replace: true })
          }
        />
        <Select
          id="matching-sample-offer"
          label={text.sampleOffer}
          description={
            search.office && offers.data && !offerOptions.length ? text.noOffers : text.sampleOfferHint
          }
          options={offerOptions}
          value={search.offer ?? null}
          onChange={(offer) =>
            void navigate({
              to: '/admin/matching',
              search: { office: search.office, offer: offer ?? undefined },
              replace: true,
            })
          }
        />
      </div>
      <div className="mt-4">
        <Button variant="secondary" isDisabled={!search.offer} isPending={running} onPress={() => void run()}>
          {text.runPreview}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="mt-6 empty:hidden">
        {result ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <PreviewTable
              id="preview-current"
              title={text.current}
              rows={result.current}
              compareTo="proposed"
            />
            <PreviewTable
              id="preview-proposed"
              title={text.proposed}
              rows={result.proposed}
              compareTo="current"
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** The API's reasons for refusing the preview, as given (the weights' own fields are the form's above). */
function problemsOf(failure: ApiErrorInfo | null): { message: string }[] {
  if (!failure) return [];
  if (failure.fields.length) return failure.fields.map((each) => ({ message: each.message }));
  return failure.message ? [{ message: failure.message }] : [];
}
