import { MoveType } from '@kakehashi/offers';
import { checklistFacts } from './__tests__/checklist-facts';
import { closedItems, establishedItems, followUpItems } from './outcome-items';

describe('establishedItems', () => {
  it('asks for the start of a secondment, the hiring of a transfer', () => {
    expect(establishedItems(checklistFacts())).toEqual([
      {
        key: 'established',
        label: '出向開始日と開始した人数の記録',
        done: false,
        required: true,
        detail: null,
      },
    ]);
    const hired = establishedItems(
      checklistFacts({ moveType: MoveType.TRANSFER, establishedOn: '2027-04-01' }),
    );
    expect(hired[0]).toMatchObject({ label: '採用日と採用された人数の記録', done: true });
  });
});

describe('followUpItems', () => {
  it('is done once one follow-up is recorded', () => {
    expect(followUpItems(checklistFacts())[0]).toMatchObject({ key: 'followUpRecorded', done: false });
    expect(followUpItems(checklistFacts({ followUpCount: 1 }))[0].done).toBe(true);
  });
});

describe('closedItems', () => {
  it('leaves nothing to do', () => {
    expect(closedItems()).toEqual([]);
  });
});
