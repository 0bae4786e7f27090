// Pieces several stages' checklists share.
import type { CaseWorker } from '../case-details';
import type { ItemSpec } from './checklist.types';

export const filled = (value: string | null | undefined): boolean => !!value && value.trim().length > 0;

/** Workers who must consent: everyone not withdrawn. */
function consentMissing(workers: CaseWorker[]): string[] {
  return workers.filter((w) => !w.withdrawnOn && !w.consentOn).map((w) => w.label);
}

/** Every worker still in the case has consented (checked in the procedure, the contract and the hiring). */
export function workerConsentItem(workers: CaseWorker[]): ItemSpec {
  const missing = consentMissing(workers);
  const active = workers.filter((w) => !w.withdrawnOn);
  return {
    key: 'workerConsent',
    label: '対象労働者全員の同意',
    done: active.length > 0 && missing.length === 0,
    required: true,
    detail:
      active.length === 0
        ? '対象労働者が登録されていません。'
        : missing.length
          ? `同意が未確認の対象労働者: ${missing.join('、')}`
          : null,
  };
}
