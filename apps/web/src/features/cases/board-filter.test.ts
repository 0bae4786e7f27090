import {
  boardSearchSchema,
  cardMatches,
  filterColumns,
  parseStuckDays,
  sameSearch,
  toApiFilter,
  withoutEmpty,
} from './board-filter';
import { card, column, company, IDS } from './board-fixtures';

const industries: Record<string, string> = { [IDS.yamada]: 'E', [IDS.kawasaki]: 'H', [IDS.hokuto]: 'E' };
const industryOf = (id: string) => industries[id];

describe('the board filter in the URL', () => {
  it('keeps the filters it understands and drops a bad value instead of failing the page', () => {
    expect(
      boardSearchSchema.parse({
        consultant: IDS.tanaka,
        move: 'TRANSFER',
        company: IDS.yamada,
        industry: 'E',
        stuck: 30,
        office: IDS.office,
      }),
    ).toEqual({
      consultant: IDS.tanaka,
      move: 'TRANSFER',
      company: IDS.yamada,
      industry: 'E',
      stuck: 30,
      office: IDS.office,
    });
    expect(
      boardSearchSchema.parse({ consultant: 'x', move: 'LOAN', industry: 'ZZ', stuck: -1, company: 3 }),
    ).toEqual({});
    expect(boardSearchSchema.parse({ stuck: 2.5 })).toEqual({});
  });

  it('asks the API the same filter, and nothing for what is not set', () => {
    expect(toApiFilter({ consultant: IDS.tanaka, stuck: 0 })).toEqual({
      consultantId: IDS.tanaka,
      moveType: null,
      companyId: null,
      jsicMajorCode: null,
      stuckForMoreThanDays: 0,
    });
  });

  it('reads days typed with full-width digits, and points out anything else', () => {
    expect(parseStuckDays('３０')).toEqual({ days: 30 });
    expect(parseStuckDays(' 7 ')).toEqual({ days: 7 });
    expect(parseStuckDays('')).toEqual({ days: undefined });
    expect(parseStuckDays('三十')).toEqual({ invalid: true });
    expect(parseStuckDays('-1')).toEqual({ invalid: true });
    expect(parseStuckDays('1.5')).toEqual({ invalid: true });
    expect(parseStuckDays('99999')).toEqual({ invalid: true });
  });
});

describe('comparing searches', () => {
  it('tells them apart whatever order their keys come in, and leaves unset filters out of the URL', () => {
    expect(sameSearch({ stuck: 3, move: 'SECONDMENT' }, { move: 'SECONDMENT', stuck: 3 })).toBe(true);
    expect(sameSearch({ stuck: 3 }, { stuck: 4 })).toBe(false);
    expect(sameSearch({}, { industry: 'E' })).toBe(false);
    expect(sameSearch({ industry: undefined }, {})).toBe(true);
    expect(withoutEmpty({ industry: undefined, stuck: 0 })).toEqual({ stuck: 0 });
  });
});

describe('narrowing the loaded cards as the API would', () => {
  const mine = card({ id: 'c1', number: 1 });
  const transferElsewhere = card({
    id: 'c2',
    number: 2,
    moveType: 'TRANSFER',
    sendingConsultantId: null,
    receivingConsultantId: IDS.suzuki,
    sendingCompany: company(IDS.hokuto),
    daysInStage: 45,
  });

  it('matches a consultant, company or industry on either side', () => {
    expect(cardMatches(mine, { consultant: IDS.suzuki }, industryOf)).toBe(true);
    expect(cardMatches(transferElsewhere, { consultant: IDS.tanaka }, industryOf)).toBe(false);
    expect(cardMatches(mine, { company: IDS.kawasaki }, industryOf)).toBe(true);
    expect(cardMatches(transferElsewhere, { company: IDS.yamada }, industryOf)).toBe(false);
    expect(cardMatches(mine, { industry: 'H' }, industryOf)).toBe(true);
    expect(cardMatches(mine, { industry: 'G' }, industryOf)).toBe(false);
  });

  it('matches the move type, and “stuck more than N days” excludes exactly N', () => {
    expect(cardMatches(transferElsewhere, { move: 'TRANSFER' }, industryOf)).toBe(true);
    expect(cardMatches(mine, { move: 'TRANSFER' }, industryOf)).toBe(false);
    expect(cardMatches(transferElsewhere, { stuck: 44 }, industryOf)).toBe(true);
    expect(cardMatches(transferElsewhere, { stuck: 45 }, industryOf)).toBe(false);
    expect(cardMatches(mine, { stuck: 0 }, industryOf)).toBe(true);
  });

  it('leaves a card whose industry it cannot know to the API', () => {
    expect(cardMatches(mine, { industry: 'G' }, () => undefined)).toBe(true);
  });

  it('narrows each column and keeps a column untouched when all its cards match', () => {
    const step1 = column('INFORMATION_COLLECTION', [mine, transferElsewhere]);
    const step2 = column('INTER_COMPANY_MEETING', [card({ id: 'c3', number: 3, daysInStage: 60 })]);
    const narrowed = filterColumns([step1, step2], { stuck: 30 }, industryOf);
    expect(narrowed.map((each) => each.cases.map((c) => c.number))).toEqual([[2], [3]]);
    expect(narrowed[1]).toBe(step2);
    expect(narrowed[0].count).toBe(2);
  });
});
