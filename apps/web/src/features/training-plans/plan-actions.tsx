import { Button, ErrorSummary } from '@kakehashi/web-ui';
import { problemsOf } from '../../shared/form-problems';
import { planFieldId } from './plan-fields';
import type { usePlanEdit } from './use-plan-edit';
import { planMessages } from './messages';

const text = planMessages.page;

type Editing = ReturnType<typeof usePlanEdit>;

/** What the last action said: saved or accepted (polite), or refused, field by field (the API's messages). */
export function PlanFeedback({ editing }: { editing: Editing }) {
  const status = editing.status;
  const refusedTitle = editing.failure?.code === 'FAILED_PRECONDITION' ? text.refused : text.failed;
  return (
    <>
      <p role="status" className={status ? 'rounded-8 bg-green-50 p-3 font-bold' : 'sr-only'}>
        {status}
      </p>
      <ErrorSummary title={refusedTitle} problems={problemsOf(editing.failure, planFieldId)} />
    </>
  );
}

/** Save as a draft, or accept as meeting every rule (the API refuses with its reasons while errors remain). */
export function PlanActions({ editing }: { editing: Editing }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-4">
        <Button variant="secondary" isPending={editing.busy} onPress={() => void editing.saveDraft()}>
          {text.save}
        </Button>
        <Button isPending={editing.busy} onPress={() => void editing.acceptPlan()}>
          {text.accept}
        </Button>
        {editing.dirty ? <span className="font-bold">{text.unsaved}</span> : null}
      </div>
      <p className="text-sm text-solid-gray-700">{text.acceptHint}</p>
      <p role="status" className="sr-only">
        {editing.busy ? text.saving : ''}
      </p>
    </div>
  );
}
