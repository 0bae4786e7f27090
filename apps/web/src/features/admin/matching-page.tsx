import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  ErrorSummary,
  formatDateTime,
  formatPercent,
  NumberField,
  PageHeader,
} from '@kakehashi/web-ui';
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { Form } from 'react-aria-components';
import { messages } from '../../app/messages';
import { usePageTitle } from '../../app/use-page-title';
import {
  AdminMatchingSettingsDocument,
  AdminUpdateMatchingSettingsDocument,
  type AdminMatchingSettingsFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import {
  draftOf,
  draftProblems,
  MINIMUM_SCORE_ID,
  previewInputOf,
  updateInputOf,
  weightFieldId,
  type MatchingDraft,
} from './matching-draft';
import { MatchingPreview } from './matching-preview';
import { adminMessages } from './messages';

const text = adminMessages.matching;

/** The matching engine's weights and switches, tried on one offer's top ten before they are saved. */
export function AdminMatchingPage() {
  usePageTitle(text.title);
  const { data, error, refetch } = useQuery(AdminMatchingSettingsDocument);
  // Kept above the form, which starts again from what is stored once a save is read back.
  const [notice, setNotice] = useState<string | null>(null);
  if (error) throw error;
  if (!data) return <p role="status">{messages.loading}</p>;
  return (
    <>
      <PageHeader title={text.title} lead={text.lead} />
      <div role="status" className="mb-6 empty:hidden">
        {notice ? <p className="rounded-8 border border-green-900 bg-green-50 p-3">{notice}</p> : null}
      </div>
      <SettingsForm
        key={data.matchingSettings.version}
        settings={data.matchingSettings}
        reload={() => void refetch()}
        onNotice={setNotice}
      />
    </>
  );
}

function SettingsForm({
  settings,
  reload,
  onNotice,
}: {
  settings: AdminMatchingSettingsFragment;
  reload: () => void;
  onNotice: (notice: string | null) => void;
}) {
  const [draft, setDraft] = useState<MatchingDraft>(() => draftOf(settings));
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  // The settings have no id to update in Apollo's cache: they are read again, which starts the form afresh.
  const [save, saving] = useMutation(AdminUpdateMatchingSettingsDocument, {
    refetchQueries: ['AdminMatchingSettings'],
    awaitRefetchQueries: true,
  });
  const { byField, problems } = draftProblems(settings, draft, failure);
  const stale = failure?.code === 'CONFLICT';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving.loading) return;
    onNotice(null);
    try {
      await save({ variables: { input: updateInputOf(settings, draft) } });
      setFailure(null);
      onNotice(text.saved);
    } catch (caught) {
      const info = apiErrorOf(caught);
      if (!info) throw caught;
      setFailure(info);
    }
  }

  return (
    <>
      <p className="mb-6 text-sm">
        {settings.updatedAt ? text.updatedAt(formatDateTime(settings.updatedAt)) : text.neverUpdated}
      </p>
      <Form
        onSubmit={(event) => void submit(event)}
        validationBehavior="aria"
        className="flex flex-col gap-8"
      >
        <div className="flex flex-col gap-3 empty:hidden">
          <ErrorSummary title={text.saveFailed} problems={problems} />
          {stale ? (
            <div>
              <Button variant="secondary" onPress={reload}>
                {text.reload}
              </Button>
            </div>
          ) : null}
        </div>
        <WeightFields settings={settings} draft={draft} setDraft={setDraft} byField={byField} />
        <ProposalFields draft={draft} setDraft={setDraft} byField={byField} />
        <MatchingPreview input={previewInputOf(settings, draft)} />
        <div>
          <Button type="submit" isPending={saving.loading}>
            {text.save}
          </Button>
        </div>
      </Form>
    </>
  );
}

interface DraftProps {
  draft: MatchingDraft;
  setDraft: Dispatch<SetStateAction<MatchingDraft>>;
  byField: Record<string, string>;
}

/** Each factor's weight, with what it compares (the API's words) and its share now. */
function WeightFields({
  settings,
  draft,
  setDraft,
  byField,
}: DraftProps & { settings: AdminMatchingSettingsFragment }) {
  return (
    <section aria-labelledby="matching-weights" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="matching-weights" className="mb-4 text-xl font-bold">
        {text.weights}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {settings.weights.map((factor) => (
          <li key={factor.factor} className="rounded-8 border border-solid-gray-300 p-4">
            <NumberField
              id={weightFieldId(factor.factor)}
              label={factor.label}
              description={`${factor.description}（${text.shareNow(formatPercent(factor.share))}）`}
              value={draft.weights[factor.factor] ?? null}
              onChange={(value) =>
                setDraft((d) => ({ ...d, weights: { ...d.weights, [factor.factor]: value } }))
              }
              errorMessage={byField[weightFieldId(factor.factor)]}
              formatOptions={{ maximumFractionDigits: 3 }}
            />
          </li>
        ))}
      </ul>
      <div className="mt-4">
        <Checkbox
          isSelected={draft.excludeMissingRequired}
          onChange={(selected) => setDraft((d) => ({ ...d, excludeMissingRequired: selected }))}
        >
          {text.excludeMissingRequired}
        </Checkbox>
      </div>
    </section>
  );
}

/** The floor of the batch proposals, in points as scores are read everywhere else. */
function ProposalFields({ draft, setDraft, byField }: DraftProps) {
  return (
    <section aria-labelledby="matching-proposals" className="rounded-16 bg-white p-6 shadow-sm">
      <h2 id="matching-proposals" className="mb-2 text-xl font-bold">
        {text.proposals}
      </h2>
      <p className="mb-4">{text.proposalsLead}</p>
      <NumberField
        id={MINIMUM_SCORE_ID}
        label={text.minimumScore}
        description={text.minimumScoreHint}
        unit="点"
        value={draft.minimumScorePoints}
        onChange={(value) => setDraft((d) => ({ ...d, minimumScorePoints: value }))}
        errorMessage={byField[MINIMUM_SCORE_ID]}
      />
      <div className="mt-4">
        <Checkbox
          isSelected={draft.excludeMissingRequiredFromProposals}
          onChange={(selected) => setDraft((d) => ({ ...d, excludeMissingRequiredFromProposals: selected }))}
        >
          {text.excludeFromProposals}
        </Checkbox>
      </div>
    </section>
  );
}
