// The checklists once the case is agreed: the start (or hiring), the follow-up, and the closed stages.
import { MoveType } from '@kakehashi/offers';
import type { CaseFacts, ItemSpec } from './checklist.types';

/** STARTED (secondment) and HIRED (transfer): the establishment is recorded. */
export function establishedItems(facts: CaseFacts): ItemSpec[] {
  return [
    {
      key: 'established',
      label:
        facts.moveType === MoveType.SECONDMENT
          ? '出向開始日と開始した人数の記録'
          : '採用日と採用された人数の記録',
      done: !!facts.establishedOn,
      required: true,
      detail: null,
    },
  ];
}

export function followUpItems(facts: CaseFacts): ItemSpec[] {
  return [
    {
      key: 'followUpRecorded',
      label: 'フォローアップの記録(1回以上)',
      done: facts.followUpCount > 0,
      required: true,
      detail: null,
    },
  ];
}

/** COMPLETED and NOT_ESTABLISHED: nothing is left to do. */
export function closedItems(): ItemSpec[] {
  return [];
}
