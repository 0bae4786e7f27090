import type { RetryMenuItemFragment } from '../../gql/graphql';
import { filterMenus, retrySearchOf, retrySearchSchema } from './retry-search';

const menu = (overrides: Partial<RetryMenuItemFragment>): RetryMenuItemFragment => ({
  id: 'IT_UPDATE',
  group: 'IT',
  groupName: 'IT分野',
  menuName: 'ITエンジニア等の最新技術アップデート型',
  title: 'ITエンジニア等の最新技術アップデート型（仮称）',
  target: 'ITやネットワークの知識・技能を一定程度有する者',
  content: 'AI、IoT、ビッグデータ分野で中堅・高度SEとして活躍するための最新の高度なIT技術',
  provisional: true,
  seed: 'S000:182–187',
  ...overrides,
});

const MENUS = [
  menu({}),
  menu({
    id: 'MIDCAREER_TECHNICAL',
    group: 'MIDDLE_AGED',
    groupName: '中高年関係',
    title: '技術系型（仮称）',
    target: '45歳以上で、技術系専門職として長くキャリアを積んだ者',
    content: '期待される業界・職種へ円滑に転職するための知識・技能',
  }),
];

describe('the RETRY catalogue filters', () => {
  it('narrows by field and by every word typed, full-width spaces included', () => {
    expect(filterMenus(MENUS, { group: 'MIDDLE_AGED' }).map((m) => m.id)).toEqual(['MIDCAREER_TECHNICAL']);
    expect(filterMenus(MENUS, { q: 'ai\u3000SE' }).map((m) => m.id)).toEqual(['IT_UPDATE']);
    expect(filterMenus(MENUS, { q: '45歳 AI' })).toEqual([]);
    expect(filterMenus(MENUS, {})).toHaveLength(2);
  });

  it('keeps only a known field and a short text in the URL', () => {
    expect(retrySearchSchema.parse({ group: 'NOPE', q: '  IT ' })).toEqual({ q: 'IT' });
    expect(retrySearchOf({ group: 'IT', q: '' })).toEqual({ group: 'IT' });
  });
});
