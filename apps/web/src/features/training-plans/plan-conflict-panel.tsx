import { useMemo } from 'react';
import { ConflictPanel } from '../../shared/conflict-panel';
import { useEnumLabel } from '../../shared/enum-labels';
import { conflictDifferences } from '../../shared/record-conflict';
import { mergePlanEdits, PLAN_PARTS, planValues, type PlanEdit } from './plan-conflict';
import { editOf, type PlanConflict } from './use-plan-edit';
import type { PlanDetailFragment } from '../../gql/graphql';
import { planMessages } from './messages';

/** The API's label of a plan's enum value (the training type or a curriculum row's kind). */
function usePlanLabel(): (value: string) => string {
  const type = useEnumLabel('TrainingType');
  const kind = useEnumLabel('CurriculumRowKind');
  return (value) => (type(value) !== value ? type(value) : kind(value));
}

/** Someone saved the plan first: part by part, what the user typed against what is stored now. */
export function PlanConflictPanel({
  edit,
  conflict,
  onResolve,
}: {
  edit: PlanEdit;
  conflict: PlanConflict;
  onResolve: (next: PlanEdit, current: PlanDetailFragment, message: string) => void;
}) {
  const label = usePlanLabel();
  const stored = conflict.current;
  const current = useMemo(() => editOf(stored), [stored]);
  const differences = conflictDifferences(
    PLAN_PARTS,
    planValues(conflict.base, label),
    planValues(edit, label),
    planValues(current, label),
  );
  const text = planMessages.conflict;
  return (
    <ConflictPanel
      id="plan-conflict-heading"
      placement="page"
      text={text}
      differences={differences}
      labels={planMessages.conflictFields}
      onReapply={() =>
        onResolve(mergePlanEdits(conflict.base, edit, current, label), conflict.current, text.reapplied)
      }
      onDiscard={() => onResolve(current, conflict.current, text.discarded)}
    />
  );
}
