import { checklistWorker } from './__tests__/checklist-facts';
import { filled, workerConsentItem } from './checklist-items';

describe('filled', () => {
  it('counts only text with something besides spaces', () => {
    expect([filled(null), filled(undefined), filled(' '), filled('a')]).toEqual([false, false, false, true]);
  });
});

describe('workerConsentItem', () => {
  it('needs at least one worker, all of those not withdrawn consenting', () => {
    expect(workerConsentItem([])).toMatchObject({ done: false, detail: '対象労働者が登録されていません。' });
    const withdrawn = { ...checklistWorker('対象者C', null), withdrawnOn: '2027-01-05' };
    const workers = [checklistWorker('対象者A', '2027-01-20'), checklistWorker('対象者B', null), withdrawn];
    expect(workerConsentItem(workers)).toMatchObject({
      done: false,
      detail: '同意が未確認の対象労働者: 対象者B',
    });
    expect(workerConsentItem([workers[0], withdrawn])).toMatchObject({ done: true, detail: null });
  });
});
