import { RETRY_GROUP_NAMES, RETRY_MENUS, RETRY_PROJECT, retryMenuTitle } from '../retry-catalogue';
import { isItTerm } from './it-terms';
import { type RetryPerson, suggestRetryMenus } from './suggest-retry-menus';

const person = (overrides: Partial<RetryPerson>): RetryPerson => ({
  age: 40,
  gender: null,
  returningAfterChildcare: false,
  careerKind: 'OTHER',
  nonRegular: false,
  itLevel: null,
  ...overrides,
});
const ids = (p: RetryPerson, gap?: Parameters<typeof suggestRetryMenus>[1]) =>
  suggestRetryMenus(p, gap).map((s) => s.menu.id);

describe('the RETRY catalogue (S000)', () => {
  it('has the 8 menus of 8 projects: women 2, middle-aged 2, non-regular 1, IT 3', () => {
    expect(RETRY_MENUS).toHaveLength(RETRY_PROJECT.projectCount);
    const perGroup = (Object.keys(RETRY_GROUP_NAMES) as (keyof typeof RETRY_GROUP_NAMES)[]).map(
      (group) => RETRY_MENUS.filter((menu) => menu.group === group).length,
    );
    expect(perGroup).toEqual([2, 2, 1, 3]);
    expect(retryMenuTitle(RETRY_MENUS[0])).toBe('インターンシップ型（仮称）');
  });

  it('funds at most 20 million yen per project per year, for up to 3 years, FY2017–2019', () => {
    expect(RETRY_PROJECT.maxYenPerProjectPerYear).toBe(20_000_000);
    expect(RETRY_PROJECT.maxYears).toBe(3);
    expect(RETRY_PROJECT.years.map((year) => year.fiscalYear)).toEqual([2017, 2018, 2019]);
    expect(RETRY_PROJECT.contact.extension).toBe('5390');
  });
});

describe('R-RT-1: suggestRetryMenus', () => {
  it('EX-RT-1a: 62, a long career as a production engineer → 技術系型 and ものづくり技術者の高度IT; no women’s menu', () => {
    const found = ids(person({ age: 62, careerKind: 'MANUFACTURING_ENGINEER' }));
    expect(found).toEqual(['MIDCAREER_TECHNICAL', 'IT_FOR_MANUFACTURING']);
    expect(found.some((id) => id.startsWith('WOMEN_'))).toBe(false);
  });

  it('EX-RT-1b: a secondee of 44 from an office job → no 中高年 menu; the IT beginners’ menu is open', () => {
    const found = ids(person({ age: 44, careerKind: 'OFFICE', itLevel: 'NONE' }));
    expect(found).toEqual(['IT_STEPWISE_CERTIFICATION']);
  });

  it('EX-RT-1c: a woman of 38 returning after childcare → インターンシップ型 and ｅ－ラーニング型', () => {
    const suggestions = suggestRetryMenus(
      person({ age: 38, gender: 'FEMALE', returningAfterChildcare: true }),
    );
    expect(suggestions.map((s) => s.menu.id)).toEqual(['WOMEN_INTERNSHIP', 'WOMEN_ELEARNING']);
    expect(suggestions[0].reason).toContain('インターンシップ');
  });

  it('a 45-year-old office worker → 事務系型, with the reason; at 44 → not', () => {
    const at45 = suggestRetryMenus(person({ age: 45, careerKind: 'OFFICE' }));
    expect(at45.map((s) => s.menu.id)).toEqual(['MIDCAREER_OFFICE']);
    expect(at45[0].reason).toContain('45歳以上の事務系総合職の方向け');
    expect(ids(person({ age: 44, careerKind: 'OFFICE' }))).toEqual([]);
  });

  it('a gap "AI" for a 50-year-old production engineer → ものづくり技術者の高度IT技術習得型 first, naming AI', () => {
    const suggestions = suggestRetryMenus(person({ age: 50, careerKind: 'MANUFACTURING_ENGINEER' }), {
      missingSkills: ['AI'],
      missingLicences: [],
    });
    expect(suggestions.map((s) => s.menu.id)).toEqual(['IT_FOR_MANUFACTURING', 'MIDCAREER_TECHNICAL']);
    expect(suggestions[0].reason).toContain('ものづくり分野の技術者の方向け');
    expect(suggestions[0].reason).toContain('「AI」');
    expect(suggestions[0].gapItems).toEqual(['AI']);
    expect(suggestions[1].reason).toBe('45歳以上の技術系専門職の方向け（転職によるセカンドキャリアの形成）');
  });

  it('a missing IT licence adds the stepwise certification menu, even where the profile would not', () => {
    const suggestions = suggestRetryMenus(person({ age: 30, nonRegular: true, itLevel: 'SOME' }), {
      missingSkills: [],
      missingLicences: ['基本情報技術者'],
    });
    expect(suggestions.map((s) => s.menu.id)).toEqual([
      'IT_STEPWISE_CERTIFICATION',
      'NONREGULAR_TO_REGULAR',
      'IT_UPDATE',
    ]);
    expect(suggestions[0].reason).toBe('不足している資格「基本情報技術者」の取得を目指せます');
  });

  it('an IT skill goes to the IT menu for the level, another gap to the person’s career-change menu', () => {
    const suggestions = suggestRetryMenus(person({ age: 52, careerKind: 'IT', nonRegular: false }), {
      missingSkills: ['ＩｏＴ', 'フォークリフト運転'],
      missingLicences: [],
    });
    // Both close one gap: they keep the order of the gaps.
    expect(suggestions.map((s) => [s.menu.id, s.gapItems])).toEqual([
      ['IT_UPDATE', ['ＩｏＴ']],
      ['MIDCAREER_TECHNICAL', ['フォークリフト運転']],
    ]);
  });

  it('the menu closing the most gaps comes first', () => {
    const engineer = person({ age: 50, careerKind: 'MANUFACTURING_ENGINEER' });
    expect(ids(engineer, { missingSkills: ['AI', '溶接', '品質管理'], missingLicences: [] })).toEqual([
      'MIDCAREER_TECHNICAL',
      'IT_FOR_MANUFACTURING',
    ]);
  });

  it('a man returning after childcare is not sent to the women’s menus (the seed’s target is women)', () => {
    expect(ids(person({ gender: 'MALE', returningAfterChildcare: true }))).toEqual([]);
  });
});

describe('isItTerm', () => {
  it('knows IT words typed any width, and whole Latin words only', () => {
    expect(
      ['ＡＩ活用', 'IoT', 'ﾈｯﾄﾜｰｸ構築', 'ITパスポート', 'Python', '情報処理安全確保支援士'].map(isItTerm),
    ).toEqual(Array(6).fill(true));
    expect(['Maintenance', 'メンテナンス', '溶接', 'CAD'].map(isItTerm)).toEqual(Array(4).fill(false));
  });
});
