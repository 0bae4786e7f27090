// What the engine knows of an offer: plain data, built from the database rows (MatchIndexLoader) or by test
// builders and the benchmark generator. Nothing here touches the database.
import type { MoveTypeWanted, ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';

export interface ProfileSkill {
  /** skillMatchKey(): equal keys are the same skill. */
  key: string;
  /** Shown in reasons: 必須資格「大型特殊自動車免許」を保有. */
  label: string;
  /** The dictionary's category (SkillCategory); SKILL reads 必須スキル「…」, anything else 必須資格「…」. */
  category?: 'LICENCE' | 'QUALIFICATION' | 'SKILL';
}

interface ProfileBase {
  id: string;
  companyId: string;
  companyName: string;
  owningOfficeId: string;
  /** JSIC major group of the company: shown (異業種), never penalised. */
  jsicMajorCode: string;
  /** People still available (sending) or still wanted (receiving); > 0 for anything in an index. */
  people: number;
  /** 日本標準職業分類 大分類 A..L. */
  occupationCode: string;
  jobTitle: string;
  conditions: readonly WorkplaceCondition[];
}

export interface SendingProfile extends ProfileBase {
  /** The company's prefecture: where the people live and work now. */
  homePrefectureCode: string;
  moveType: MoveTypeWanted;
  /** Free text compared with the counterpart's: job title, reason detail, skill labels. */
  text: string;
  /** Held skills, including those implied by the dictionary (大型 ⇒ 普通). */
  skills: readonly ProfileSkill[];
  experienceYears: number | null;
  monthlyWage: number | null;
  desiredPeriodMonths: number | null;
  /** Empty: anywhere. */
  acceptablePrefectureCodes: readonly string[];
  /** YYYY-MM-DD */
  earliestStartOn: string | null;
}

export interface ReceivingProfile extends ProfileBase {
  acceptsSecondment: boolean;
  acceptsTransfer: boolean;
  /** Free text compared with the counterpart's: job title, duties, skill labels. */
  text: string;
  requiredSkills: readonly ProfileSkill[];
  preferredSkills: readonly ProfileSkill[];
  minExperienceYears: number | null;
  periodMonths: number | null;
  monthlyWage: number | null;
  shiftPattern: ShiftPattern | null;
  workplacePrefectureCode: string;
  workplaceCity: string | null;
  /** YYYY-MM-DD */
  startBy: string | null;
}

/** Reference data the engine explains with. */
export interface MatchReference {
  /** JIS code → 都道府県名 (e.g. '13' → 東京都). */
  prefectureNames: ReadonlyMap<string, string>;
  /** JIS code → region (e.g. '27' → 近畿). */
  prefectureRegions: ReadonlyMap<string, string>;
  /** 職業大分類 code → name. */
  occupationNames: ReadonlyMap<string, string>;
  /** JSIC major code → name. */
  jsicNames: ReadonlyMap<string, string>;
}
