import { parseWholeNumber, wageSplitView } from './wage-split';

describe('the wage split as the contract form shows it', () => {
  it('shows a split in % that makes 100%', () => {
    expect(wageSplitView({ unit: 'PERCENT', monthlyWage: null, senderShare: 60, receiverShare: 40 })).toEqual(
      {
        balance: 'balanced',
        summary: '出向元 60%・出向先 40%（合計100%）',
        sender: '60%',
        receiver: '40%',
      },
    );
  });

  it('says how far a split in % is from the whole, either way', () => {
    expect(
      wageSplitView({ unit: 'PERCENT', monthlyWage: null, senderShare: 60, receiverShare: 30 }),
    ).toMatchObject({ balance: 'short', summary: '合計 90%：全体まであと 10%' });
    expect(
      wageSplitView({ unit: 'PERCENT', monthlyWage: null, senderShare: 70, receiverShare: 40 }),
    ).toMatchObject({ balance: 'over', summary: '合計 110%：全体を 10% 超えています' });
  });

  it('shows a split in 円 against the monthly wage, each side with its share', () => {
    expect(
      wageSplitView({ unit: 'YEN', monthlyWage: 300000, senderShare: 180000, receiverShare: 120000 }),
    ).toEqual({
      balance: 'balanced',
      summary: '出向元 180,000円・出向先 120,000円（合計 300,000円＝賃金月額）',
      sender: '180,000円（60%）',
      receiver: '120,000円（40%）',
    });
    expect(
      wageSplitView({ unit: 'YEN', monthlyWage: 300000, senderShare: 200000, receiverShare: 50000 }),
    ).toMatchObject({ balance: 'short', summary: '合計 250,000円：全体まであと 50,000円' });
  });

  it('asks for what is missing before it can check the total', () => {
    expect(
      wageSplitView({ unit: null, monthlyWage: null, senderShare: 50, receiverShare: 50 }),
    ).toMatchObject({
      balance: 'incomplete',
      summary: '単位を選ぶと合計を確かめられます。',
    });
    expect(
      wageSplitView({ unit: 'PERCENT', monthlyWage: null, senderShare: 50, receiverShare: null }),
    ).toMatchObject({ balance: 'incomplete', sender: '50%', receiver: null });
    expect(
      wageSplitView({ unit: 'YEN', monthlyWage: null, senderShare: 150000, receiverShare: 150000 }),
    ).toMatchObject({
      balance: 'incomplete',
      summary: '円で定めるときは賃金月額を入力すると合計を確かめられます。',
      sender: '150,000円',
    });
  });

  it('rounds a share of an odd wage for people (never 33.33333333333333%)', () => {
    expect(
      wageSplitView({ unit: 'YEN', monthlyWage: 300000, senderShare: 100000, receiverShare: 200000 }).sender,
    ).toBe('100,000円（33.3%）');
  });
});

describe('numbers as typed', () => {
  it('reads full-width digits, commas and a trailing unit', () => {
    expect(parseWholeNumber('３００，０００円')).toBe(300000);
    expect(parseWholeNumber(' 60% ')).toBe(60);
    expect(parseWholeNumber('')).toBeNull();
  });

  it('refuses what is not a whole number', () => {
    expect(parseWholeNumber('30万')).toBeNaN();
    expect(parseWholeNumber('-5')).toBeNaN();
    expect(parseWholeNumber('1.5')).toBeNaN();
  });
});
