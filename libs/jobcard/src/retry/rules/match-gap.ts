// What a match's gaps say about RETRY (spec §9.5): the matching engine writes a missing skill or licence as
// 必須資格「…」が未保有 / 歓迎スキル「…」は未保有 (libs/matching engine/explain); the people's side is the sending
// offer's age band, occupation and job title. Read as plainly as a consultant would, to suggest, never to decide.
import type { RetryCareerKind, RetryPerson, RetrySkillGap } from './suggest-retry-menus';

/** 必須資格「玉掛け」が未保有, 歓迎スキル「CAD」は未保有; 「の保有が未確認」 (nothing recorded) is no gap. */
const MISSING = /^(必須|歓迎)(資格|スキル)「(.+)」(?:が|は)未保有$/;

export function skillGapOfMatch(gaps: readonly string[]): RetrySkillGap {
  const missingSkills: string[] = [];
  const missingLicences: string[] = [];
  for (const gap of gaps) {
    const match = MISSING.exec(gap);
    if (!match) continue;
    (match[2] === '資格' ? missingLicences : missingSkills).push(match[3]);
  }
  return { missingSkills, missingLicences };
}

/**
 * The youngest age of each band of an offer: 40代 may be under 45, so it does not count as 中高年 (45歳以上, S000:152)
 * without the person's age.
 */
const AGE_BAND_FLOOR: Readonly<Record<string, number>> = {
  UNDER_30: 18,
  FROM_30_TO_39: 30,
  FROM_40_TO_49: 40,
  FROM_50_TO_59: 50,
  SIXTY_AND_OVER: 60,
};

/** Job titles of making things, for a professional or technical worker: ものづくり分野の技術者 (S000:189). */
const MAKING_THINGS = /製造|生産|ものづくり|機械|電気|電子|設計|金型|プレス|加工|品質|工場/;

/**
 * The career an offer's occupation (日本標準職業分類, major group) points to: 管理的・事務 → office; 専門的・技術的 →
 * technical, or manufacturing engineer by its job title; 生産工程 → manufacturing; anything else → other.
 */
export function careerKindOfOccupation(occupationCode: string, jobTitle: string): RetryCareerKind {
  if (occupationCode === 'A' || occupationCode === 'C') return 'OFFICE';
  if (occupationCode === 'B') return MAKING_THINGS.test(jobTitle) ? 'MANUFACTURING_ENGINEER' : 'TECHNICAL';
  if (occupationCode === 'H') return 'MANUFACTURING_ENGINEER';
  return 'OTHER';
}

/** The people of a sending offer as RETRY reads a person; with no age band, age 0 (no age-bound menu fits). */
export function retryPersonOfOffer(offer: {
  ageBand: string | null;
  occupationCode: string;
  jobTitle: string;
}): RetryPerson {
  return {
    age: offer.ageBand === null ? 0 : (AGE_BAND_FLOOR[offer.ageBand] ?? 0),
    gender: null,
    returningAfterChildcare: false,
    careerKind: careerKindOfOccupation(offer.occupationCode, offer.jobTitle),
    // A sender's secondees are its employees; whether regular is not on the offer.
    nonRegular: false,
    itLevel: null,
  };
}
