import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import {
  PlanAcceptDocument,
  PlanPageDocument,
  PlanSaveDocument,
  type PlanDetailFragment,
} from '../../gql/graphql';
import { apiErrorOf, type ApiErrorInfo } from '../../shared/api-errors';
import { localProblem } from '../../shared/form-problems';
import type { PlanEdit } from './plan-conflict';
import { withFindings } from './plan-fields';
import { formOfDraft, toDraftInput } from './plan-form';
import { planMessages } from './messages';

const text = planMessages.page;

export const editOf = (plan: PlanDetailFragment): PlanEdit => ({
  form: formOfDraft(plan.draft),
  traineeName: plan.traineeName,
});

/** A stale save: what the user started from, and the plan as stored now. */
export interface PlanConflict {
  base: PlanEdit;
  current: PlanDetailFragment;
}

/**
 * Editing one plan: the user's edit, the version it started from, save (expectedVersion) and accept. A refusal keeps
 * the API's message per field; a stale version loads the stored plan for the conflict panel instead.
 */
export function usePlanEdit(plan: PlanDetailFragment, initialStatus = '') {
  const client = useApolloClient();
  const [base, setBase] = useState(() => ({ version: plan.version, edit: editOf(plan) }));
  const [edit, setEdit] = useState(base.edit);
  const [failure, setFailure] = useState<ApiErrorInfo | null>(null);
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [status, setStatus] = useState(initialStatus);
  const [save, saving] = useMutation(PlanSaveDocument);
  const [accept, accepting] = useMutation(PlanAcceptDocument);
  const dirty = JSON.stringify(edit) !== JSON.stringify(base.edit);
  // A save of the daily logs moves the plan's version without touching the draft: follow it, so the next save of the
  // draft is not taken for someone else's change (state adjusted while rendering, as React recommends).
  if (
    plan.version !== base.version &&
    !conflict &&
    JSON.stringify(editOf(plan)) === JSON.stringify(base.edit)
  ) {
    setBase({ version: plan.version, edit: base.edit });
  }

  function settle(saved: PlanDetailFragment, message: string) {
    const next = { version: saved.version, edit: editOf(saved) };
    setBase(next);
    setEdit(next.edit);
    setFailure(null);
    setConflict(null);
    setStatus(message);
  }

  async function refused(error: unknown, general: string) {
    const info = withFindings(apiErrorOf(error) ?? localProblem(null, general));
    setStatus('');
    if (info.code !== 'CONFLICT') return setFailure(info);
    const { data } = await client.query({
      query: PlanPageDocument,
      variables: { id: plan.id },
      fetchPolicy: 'network-only',
    });
    setFailure(null);
    if (data) setConflict({ base: base.edit, current: data.trainingPlan });
  }

  async function saveDraft(): Promise<PlanDetailFragment | null> {
    setStatus('');
    try {
      const { data } = await save({
        variables: {
          input: {
            id: plan.id,
            companyId: plan.companyId,
            caseId: plan.caseId ?? null,
            registrantId: plan.registrantId ?? null,
            version: base.version,
            traineeName: edit.traineeName,
            draft: toDraftInput(edit.form),
          },
        },
      });
      if (data) settle(data.saveTrainingPlan, text.saved);
      return data?.saveTrainingPlan ?? null;
    } catch (error) {
      await refused(error, text.failed);
      return null;
    }
  }

  /** Saves first when the form has unsaved changes, so what is accepted is what the user sees. */
  async function acceptPlan() {
    const version = dirty ? (await saveDraft())?.version : base.version;
    if (version === undefined) return;
    setStatus('');
    try {
      const { data } = await accept({ variables: { id: plan.id, version } });
      if (data) settle(data.acceptTrainingPlan, text.accepted);
    } catch (error) {
      await refused(error, text.refused);
    }
  }

  /** After the conflict panel: the user's changes over the stored plan (or the stored plan alone), at its version. */
  function resolve(next: PlanEdit, current: PlanDetailFragment, message: string) {
    setBase({ version: current.version, edit: editOf(current) });
    setEdit(next);
    setConflict(null);
    setStatus(message);
  }

  return {
    edit,
    setEdit,
    dirty,
    failure,
    conflict,
    status,
    busy: saving.loading || accepting.loading,
    saveDraft,
    acceptPlan,
    resolve,
  };
}
