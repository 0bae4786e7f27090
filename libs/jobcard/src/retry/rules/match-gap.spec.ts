import { careerKindOfOccupation, retryPersonOfOffer, skillGapOfMatch } from './match-gap';
import { suggestRetryMenus } from './suggest-retry-menus';

describe('RETRY from a match’s gaps (spec §9.5)', () => {
  it('reads the missing required and preferred skills and licences, and nothing else', () => {
    expect(
      skillGapOfMatch([
        '必須資格「フォークリフト運転技能」が未保有',
        '必須スキル「Python」が未保有',
        '歓迎資格「第二種電気工事士」は未保有',
        '歓迎スキル「CAD」は未保有',
        '必須資格「玉掛け技能講習」の保有が未確認（送出側の資格・スキル未登録）',
        '希望期間12か月に対し受入期間6か月',
      ]),
    ).toEqual({
      missingSkills: ['Python', 'CAD'],
      missingLicences: ['フォークリフト運転技能', '第二種電気工事士'],
    });
  });

  it('takes an offer’s age band at its youngest: 40代 is not 中高年 (45+), 50代 is', () => {
    expect(retryPersonOfOffer({ ageBand: 'FROM_40_TO_49', occupationCode: 'C', jobTitle: '総務' }).age).toBe(
      40,
    );
    const fifties = retryPersonOfOffer({ ageBand: 'FROM_50_TO_59', occupationCode: 'C', jobTitle: '総務' });
    expect(suggestRetryMenus(fifties).map((s) => s.menu.id)).toEqual(['MIDCAREER_OFFICE']);
    expect(retryPersonOfOffer({ ageBand: null, occupationCode: 'H', jobTitle: '' }).age).toBe(0);
  });

  it('reads the career from the occupation and, for professional work, the job title', () => {
    expect(careerKindOfOccupation('C', '経理')).toBe('OFFICE');
    expect(careerKindOfOccupation('B', '金型設計')).toBe('MANUFACTURING_ENGINEER');
    expect(careerKindOfOccupation('B', '看護師')).toBe('TECHNICAL');
    expect(careerKindOfOccupation('H', 'プレス工')).toBe('MANUFACTURING_ENGINEER');
    expect(careerKindOfOccupation('K', '倉庫作業')).toBe('OTHER');
  });

  it('§9.5: a 50-year-old engineer missing an IT skill is offered ものづくり技術者の高度IT技術習得型 first', () => {
    const person = retryPersonOfOffer({
      ageBand: 'FROM_50_TO_59',
      occupationCode: 'H',
      jobTitle: '金型プレス',
    });
    const found = suggestRetryMenus(person, skillGapOfMatch(['必須スキル「IoT」が未保有']));
    expect(found[0]).toMatchObject({ menu: { id: 'IT_FOR_MANUFACTURING' }, gapItems: ['IoT'] });
  });
});
