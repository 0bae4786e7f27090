import { type RetryMenu, type RetryMenuId, RETRY_MENUS, retryMenu } from '../retry-catalogue';
import { RETRY_PROFILE_REASONS, retryGapReason } from '../retry.messages';
import { isItTerm } from './it-terms';

/** 中高年: 45歳以上の者 (S000:152, R-RT-1). */
export const MIDDLE_AGE_FROM = 45;

export type RetryCareerKind = 'OFFICE' | 'TECHNICAL' | 'MANUFACTURING_ENGINEER' | 'IT' | 'OTHER';
export type RetryItLevel = 'NONE' | 'BEGINNER' | 'SOME';

export interface RetryPerson {
  readonly age: number;
  readonly gender?: 'FEMALE' | 'MALE' | null;
  /** Interrupted a career for childbirth or childcare and wants to return (S000:145–146). */
  readonly returningAfterChildcare: boolean;
  /** The long career the person built (事務系総合職, 技術系専門職, ものづくり分野の技術者, …). */
  readonly careerKind: RetryCareerKind;
  readonly nonRegular: boolean;
  /** null when unknown. */
  readonly itLevel: RetryItLevel | null;
}

/** What the matching engine found missing for an offer. */
export interface RetrySkillGap {
  readonly missingSkills: readonly string[];
  readonly missingLicences: readonly string[];
}

export interface RetrySuggestion {
  readonly menu: RetryMenu;
  /** In Japanese, for the consultant: who the menu is for and which gaps it closes. */
  readonly reason: string;
  /** The missing skills and licences this menu would close. */
  readonly gapItems: readonly string[];
}

const TECHNICAL_CAREERS: readonly RetryCareerKind[] = ['TECHNICAL', 'MANUFACTURING_ENGINEER', 'IT'];

const hasSomeIt = (person: RetryPerson): boolean =>
  person.itLevel === 'SOME' || (person.itLevel === null && person.careerKind === 'IT');
const isItBeginner = (person: RetryPerson): boolean =>
  person.itLevel === 'NONE' || person.itLevel === 'BEGINNER';

/** The menus whose target the person is, by age and situation alone (S000:126–204). */
function profileMenus(person: RetryPerson): Set<RetryMenuId> {
  const middleAged = person.age >= MIDDLE_AGE_FROM;
  const fits: [RetryMenuId, boolean][] = [
    ['WOMEN_INTERNSHIP', person.returningAfterChildcare && person.gender !== 'MALE'],
    ['WOMEN_ELEARNING', person.returningAfterChildcare && person.gender !== 'MALE'],
    ['MIDCAREER_OFFICE', middleAged && person.careerKind === 'OFFICE'],
    ['MIDCAREER_TECHNICAL', middleAged && TECHNICAL_CAREERS.includes(person.careerKind)],
    ['NONREGULAR_TO_REGULAR', person.nonRegular],
    ['IT_UPDATE', hasSomeIt(person)],
    ['IT_FOR_MANUFACTURING', person.careerKind === 'MANUFACTURING_ENGINEER'],
    ['IT_STEPWISE_CERTIFICATION', isItBeginner(person)],
  ];
  return new Set(fits.filter(([, fit]) => fit).map(([id]) => id));
}

/** The IT menus that teach a missing IT skill to this person, the one written for their career first. */
function itMenusFor(person: RetryPerson): RetryMenuId[] {
  const menus: RetryMenuId[] = [];
  if (person.careerKind === 'MANUFACTURING_ENGINEER') menus.push('IT_FOR_MANUFACTURING');
  if (hasSomeIt(person)) menus.push('IT_UPDATE');
  // The beginners' menu is also the way in when nothing else fits.
  if (isItBeginner(person) || menus.length === 0) menus.push('IT_STEPWISE_CERTIFICATION');
  return menus;
}

interface GapItems {
  skills: string[];
  licences: string[];
}

/**
 * Which menus close which gaps, in order of priority: IT skills go to the person's IT menus; an IT licence to the
 * stepwise certification menu (its content is obtaining IT qualifications); other skills and licences to the career-
 * change menus the person already fits (they teach what the target jobs need, S000:159–174).
 */
function gapMenus(
  person: RetryPerson,
  gap: RetrySkillGap,
  fits: Set<RetryMenuId>,
): Map<RetryMenuId, GapItems> {
  const byMenu = new Map<RetryMenuId, GapItems>();
  const add = (id: RetryMenuId, kind: keyof GapItems, item: string) => {
    const items = byMenu.get(id) ?? { skills: [], licences: [] };
    items[kind].push(item);
    byMenu.set(id, items);
  };
  const careerChange = (['MIDCAREER_TECHNICAL', 'MIDCAREER_OFFICE', 'NONREGULAR_TO_REGULAR'] as const).filter(
    (id) => fits.has(id),
  );
  for (const skill of gap.missingSkills) {
    const menus = isItTerm(skill) ? itMenusFor(person) : careerChange;
    menus.forEach((id) => add(id, 'skills', skill));
  }
  for (const licence of gap.missingLicences) {
    const menus = isItTerm(licence) ? ['IT_STEPWISE_CERTIFICATION' as const] : careerChange;
    menus.forEach((id) => add(id, 'licences', licence));
  }
  return byMenu;
}

/**
 * RETRY menus for a person (spec §8, §9.5), each with its reason: first those that close a gap the matching engine
 * found (most gaps first, then the person's own IT menu before the general ones), then those whose target the person
 * is, in catalogue order. A suggestion for the consultant, not a rule.
 */
export function suggestRetryMenus(person: RetryPerson, gap?: RetrySkillGap): RetrySuggestion[] {
  if (!Number.isInteger(person.age) || person.age < 0)
    throw new RangeError(`age must be whole years: ${person.age}`);
  const fits = profileMenus(person);
  const closing = gap ? gapMenus(person, gap, fits) : new Map<RetryMenuId, GapItems>();
  const suggestion = (id: RetryMenuId): RetrySuggestion => {
    const items = closing.get(id) ?? { skills: [], licences: [] };
    const reasons = [
      fits.has(id) ? RETRY_PROFILE_REASONS[id] : '',
      retryGapReason(items.skills, items.licences),
    ];
    return {
      menu: retryMenu(id),
      reason: reasons.filter((text) => text !== '').join('。'),
      gapItems: [...items.skills, ...items.licences],
    };
  };
  const rest = RETRY_MENUS.map((menu) => menu.id).filter((id) => fits.has(id) && !closing.has(id));
  const gapCount = (id: RetryMenuId) =>
    (closing.get(id)?.skills.length ?? 0) + (closing.get(id)?.licences.length ?? 0);
  // A stable sort keeps the priority order gapMenus built among menus closing as many gaps.
  const first = [...closing.keys()].sort((a, b) => gapCount(b) - gapCount(a));
  return [...first, ...rest].map(suggestion);
}
