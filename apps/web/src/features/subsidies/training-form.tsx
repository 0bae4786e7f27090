import { Button } from '@kakehashi/web-ui';
import { useState } from 'react';
import type { SubsidyRateTableFieldsFragment } from '../../gql/graphql';
import type { ApiErrorInfo } from '../../shared/api-errors';
import { ProblemForm } from '../../shared/dialog-form';
import { localProblem } from '../../shared/form-problems';
import { CommonFields } from './common-fields';
import { emptyTrainee, namesOf, trainingSearchOf, type TrainingDraft } from './estimate-drafts';
import { subsidyFieldId, traineeFieldId } from './field-ids';
import { subsidyMessages } from './messages';
import { addressKeyOf, type SubsidiesSearch } from './subsidies-search';
import { useAddressDraft } from './use-address-draft';
import { TraineeFields } from './trainee-fields';

const text = subsidyMessages;

/**
 * The training estimate's inputs; 「試算する」 puts them in the address, which runs the estimate, and hands the names
 * typed to the page beside it (never into the address).
 */
export function TrainingForm({
  initial,
  search,
  tables,
  apiFailure,
  onEstimate,
}: {
  initial: TrainingDraft;
  search: SubsidiesSearch;
  tables: readonly SubsidyRateTableFieldsFragment[];
  /** The API's refusal of the estimate in the address. */
  apiFailure: ApiErrorInfo | null;
  onEstimate: (next: SubsidiesSearch, names: readonly string[]) => Promise<void>;
}) {
  const { draft, setDraft, ownAddress } = useAddressDraft(initial, addressKeyOf(search));
  const [local, setLocal] = useState<ApiErrorInfo | null>(null);
  const failure = local ?? apiFailure;
  const setTrainee = (index: number, next: TrainingDraft['trainees'][number]) =>
    setDraft({ ...draft, trainees: draft.trainees.map((each, i) => (i === index ? next : each)) });
  async function submit() {
    const next = trainingSearchOf(draft, search);
    setLocal(next ? null : localProblem('input.companySize', text.form.sizeMissing));
    if (!next) return;
    ownAddress(addressKeyOf(next));
    await onEstimate(next, namesOf(draft.trainees));
  }
  return (
    <ProblemForm
      failure={failure}
      fieldIds={subsidyFieldId}
      failedTitle={text.form.failed}
      submitLabel={text.form.submit}
      onSubmit={submit}
    >
      <CommonFields
        draft={draft}
        tables={tables}
        inForceLabel={text.form.tableInForceTraining}
        failure={failure}
        onChange={(patch) => setDraft({ ...draft, ...patch })}
      />
      <h3 className="text-lg font-bold">{text.training.trainees}</h3>
      {draft.trainees.map((trainee, index) => (
        <TraineeFields
          key={index}
          index={index}
          trainee={trainee}
          failure={failure}
          onChange={(next) => setTrainee(index, next)}
          onRemove={
            draft.trainees.length > 1
              ? () => setDraft({ ...draft, trainees: draft.trainees.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      <div>
        <Button
          id="sb-add-trainee"
          variant="secondary"
          onPress={() => {
            setDraft({ ...draft, trainees: [...draft.trainees, emptyTrainee()] });
            // The new trainee's first field takes the focus, so typing goes on there.
            requestAnimationFrame(() =>
              document.getElementById(traineeFieldId(draft.trainees.length, 'name'))?.focus(),
            );
          }}
        >
          {text.training.add}
        </Button>
      </div>
    </ProblemForm>
  );
}
