import { emptyPlanForm, emptyRow, formOfDraft, nextRowKey, toDraftInput, type PlanForm } from './plan-form';

const typed = (): PlanForm => ({
  ...emptyPlanForm(),
  start: '2025-04-01',
  end: '2025-09-30',
  curriculum: [
    { ...emptyRow(0, 'OJT'), name: '打ち抜き加工作業', content: '機械の操作', hours: 340, minutes: null },
    {
      ...emptyRow(1, 'OFF_JT_LECTURE'),
      name: '安全衛生',
      content: '5S',
      hours: 2,
      minutes: 30,
      offJtDelivery: 'OWN_STAFF',
      provider: '  ',
      unitMinutes: 50,
      lecturerBasis: 'EXPERIENCE',
      lecturerExperienceYears: 6,
    },
  ],
});

describe('the plan form as the API receives it', () => {
  it('joins hours and minutes into the API’s minutes, and sends an empty time as 0 for the API to name', () => {
    const input = toDraftInput(typed());
    expect(input.curriculum?.map((row) => row.minutes)).toEqual([340 * 60, 150]);
    expect(toDraftInput({ ...typed(), curriculum: [emptyRow(0)] }).curriculum?.[0]?.minutes).toBe(0);
  });

  it('sends the Off-JT details only on Off-JT rows, and blank texts as null', () => {
    const [ojt, offJt] = toDraftInput(typed()).curriculum ?? [];
    expect(ojt).toMatchObject({ offJtDelivery: null, unitMinutes: null, provider: null });
    expect(offJt).toMatchObject({
      offJtDelivery: 'OWN_STAFF',
      unitMinutes: 50,
      provider: null,
      lecturerExperienceYears: 6,
    });
  });

  it('sends the career-up plan once any of it is typed, one measure a line', () => {
    const form = {
      ...typed(),
      careerUpStart: '2025-01-01',
      careerUpEnd: '2027-12-31',
      careerUpMeasures: '正社員化\n\n 賃金規定 ',
    };
    expect(toDraftInput(typed()).careerUpPlan).toBeNull();
    expect(toDraftInput(form).careerUpPlan).toEqual({
      start: '2025-01-01',
      end: '2027-12-31',
      measures: ['正社員化', '賃金規定'],
    });
  });

  it('sends an untyped period as empty texts (the API says what is missing)', () => {
    expect(toDraftInput(emptyPlanForm()).period).toEqual({ start: '', end: '', specialReason: null });
  });

  it('reads a stored draft back into the same form', () => {
    const input = toDraftInput(typed());
    const stored = {
      ...input,
      period: { ...input.period, specialReason: null },
      curriculum: (input.curriculum ?? []).map((row) => ({ ...row })),
      newGraduateWithoutJobCard: false,
      careerUpPlan: null,
    };
    const back = formOfDraft(stored as Parameters<typeof formOfDraft>[0]);
    expect(back.curriculum.map((row) => [row.hours, row.minutes])).toEqual([
      [340, 0],
      [2, 30],
    ]);
    expect(back.start).toBe('2025-04-01');
  });

  it('gives a new row a key no other row has, even after removals', () => {
    expect(nextRowKey([{ key: 0 }, { key: 4 }])).toBe(5);
    expect(nextRowKey([])).toBe(0);
  });
});
