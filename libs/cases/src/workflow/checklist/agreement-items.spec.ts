import { EmploymentType, SocialInsuranceHandling, WageShareUnit, type ContractRecord } from '../case-details';
import { contractItems, hiringAgreedItems } from './agreement-items';
import { checklistFacts, checklistWorker, undone } from './__tests__/checklist-facts';

const contract: ContractRecord = {
  startOn: '2027-04-01',
  endOn: '2028-03-31',
  duties: '倉庫での入出庫管理',
  wageShareUnit: WageShareUnit.PERCENT,
  monthlyWage: null,
  senderShare: 40,
  receiverShare: 60,
  workingHours: '9:00〜18:00',
  overtime: '月20時間まで',
  socialInsurance: SocialInsuranceHandling.SENDER,
  socialInsuranceNote: null,
  subsidyApplicationPlanned: false,
  periodOverrideReason: null,
  concludedOn: '2027-03-15',
};
const consented = [checklistWorker('対象者A', '2027-01-20')];

describe('contractItems', () => {
  it('lists every contract item missing, the consent last', () => {
    const items = contractItems(checklistFacts());
    expect(undone(items)).toEqual([
      'contractPeriod',
      'contractPeriodFits',
      'contractDuties',
      'wageSplit',
      'workingHours',
      'socialInsurance',
      'subsidyPlan',
      'contractConcluded',
      'workerConsent',
    ]);
    expect(items.find((i) => i.key === 'wageSplit')?.detail).toBe('賃金負担の割合が入力されていません。');
  });

  it('is done with a complete contract (a planned "no subsidy" counts as an answer)', () => {
    expect(undone(contractItems(checklistFacts({ contract, workers: consented })))).toEqual([]);
  });

  it('explains a period beyond the offers until a reason is given', () => {
    const limits = {
      sendingDesiredPeriodMonths: 6,
      sendingEarliestStartOn: null,
      receivingPeriodMonths: null,
    };
    const items = contractItems(checklistFacts({ contract, limits, workers: consented }));
    expect(items.find((i) => i.key === 'contractPeriodFits')).toMatchObject({
      done: false,
      detail: '出向期間(12か月)が送出情報の希望期間(6か月)を超えています。',
    });
    const reasoned = { ...contract, periodOverrideReason: '両社合意のうえ延長' };
    expect(undone(contractItems(checklistFacts({ contract: reasoned, limits, workers: consented })))).toEqual(
      [],
    );
  });

  it('needs a note when social insurance is handled otherwise', () => {
    const other = { ...contract, socialInsurance: SocialInsuranceHandling.OTHER };
    expect(undone(contractItems(checklistFacts({ contract: other, workers: consented })))).toEqual([
      'socialInsurance',
    ]);
  });
});

describe('hiringAgreedItems', () => {
  it('requires the agreement, date, job and employment type; the wage is advice', () => {
    const items = hiringAgreedItems(checklistFacts());
    expect(items.map((i) => [i.key, i.required])).toEqual([
      ['hiringAgreed', true],
      ['plannedHireOn', true],
      ['hiringJobTitle', true],
      ['employmentType', true],
      ['hiringWage', false],
      ['workerConsent', true],
    ]);
    const hiringAgreement = {
      agreedOn: '2027-03-01',
      plannedHireOn: '2027-04-01',
      jobTitle: '営業',
      employmentType: EmploymentType.REGULAR,
      monthlyWage: 0,
      workingHours: null,
      notes: null,
    };
    expect(undone(hiringAgreedItems(checklistFacts({ hiringAgreement, workers: consented })))).toEqual([]);
  });
});
