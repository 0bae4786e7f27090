import { MoveType } from '@kakehashi/offers';
import { MeetingCondition, TourAttendee, UnionAgreementStatus, WorkerSelection } from '../case-details';
import { CaseStage } from '../case-stage';
import { checklistFacts, checklistWorker, undone } from './__tests__/checklist-facts';
import {
  informationCollectionItems,
  interCompanyMeetingItems,
  internalProcedureItems,
  workplaceTourItems,
} from './preparation-items';

describe('informationCollectionItems', () => {
  it('advises assigning both consultants, without requiring it', () => {
    const [item] = informationCollectionItems(checklistFacts({ sendingConsultantId: 'u1' }));
    expect(item).toMatchObject({ key: 'consultantsAssigned', done: false, required: false });
    const both = checklistFacts({ sendingConsultantId: 'u1', receivingConsultantId: 'u2' });
    expect(informationCollectionItems(both)[0].done).toBe(true);
  });
});

describe('interCompanyMeetingItems', () => {
  it('names the conditions not presented and requires the subsidy explanation of a secondment only', () => {
    const meeting = {
      heldOn: '2027-01-10',
      attendees: ' ',
      conditionsPresented: [MeetingCondition.PERIOD],
      conditionsNote: null,
      subsidyExplained: false,
      notes: null,
    };
    const items = interCompanyMeetingItems(checklistFacts({ meeting }));
    expect(undone(items)).toEqual(['meetingAttendees', 'conditionsPresented', 'subsidyExplained']);
    expect(items.find((i) => i.key === 'conditionsPresented')?.detail).toBe('未提示: 賃金、労働時間');
    expect(items.find((i) => i.key === 'subsidyExplained')?.required).toBe(true);
    const transfer = interCompanyMeetingItems(checklistFacts({ moveType: MoveType.TRANSFER, meeting }));
    expect(transfer.find((i) => i.key === 'subsidyExplained')?.required).toBe(false);
  });
});

describe('internalProcedureItems', () => {
  it('holds consent and the union agreement back until the contract', () => {
    const items = internalProcedureItems(checklistFacts());
    expect(undone(items)).toEqual([
      'conditionsStated',
      'workersSelected',
      'workerConsent',
      'unionAgreement',
      'workRulesClause',
    ]);
    expect(items.find((i) => i.key === 'workersSelected')?.detail).toBe('対象労働者が登録されていません。');
    expect(items.filter((i) => i.requiredBefore === CaseStage.CONTRACT).map((i) => i.key)).toEqual([
      'workerConsent',
      'unionAgreement',
    ]);
  });

  it('counts no union, or an agreement with its date, as the union item done', () => {
    const procedure = {
      conditionsStated: true,
      workerSelection: WorkerSelection.SELECTED,
      unionAgreement: UnionAgreementStatus.AGREED,
      unionAgreedOn: null,
      workRulesClause: true,
      notes: null,
    };
    const workers = [checklistWorker('対象者A', '2027-01-20')];
    expect(undone(internalProcedureItems(checklistFacts({ workers, internalProcedure: procedure })))).toEqual(
      ['unionAgreement'],
    );
    const agreed = { ...procedure, unionAgreedOn: '2027-01-25' };
    expect(undone(internalProcedureItems(checklistFacts({ workers, internalProcedure: agreed })))).toEqual(
      [],
    );
    const noUnion = { ...procedure, unionAgreement: UnionAgreementStatus.NO_UNION };
    expect(undone(internalProcedureItems(checklistFacts({ workers, internalProcedure: noUnion })))).toEqual(
      [],
    );
  });
});

describe('workplaceTourItems', () => {
  it('requires the date and advises naming who attended', () => {
    const items = workplaceTourItems(
      checklistFacts({ workplaceTour: { heldOn: '2027-02-01', attendees: [], notes: null } }),
    );
    expect(items.map((i) => [i.key, i.done, i.required])).toEqual([
      ['tourHeld', true, true],
      ['tourAttendees', false, false],
    ]);
    const attended = { heldOn: null, attendees: [TourAttendee.WORKERS], notes: null };
    expect(undone(workplaceTourItems(checklistFacts({ workplaceTour: attended })))).toEqual(['tourHeld']);
  });
});
