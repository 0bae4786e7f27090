// Builders for engine tests: a complete profile from the few fields a test cares about.
import { MoveTypeWanted, type SkillDictionary } from '@kakehashi/offers';
import type { ProfileSkill, ReceivingProfile, SendingProfile } from '../match-profile';

/** A skill as skillMatchKey would key it (NFKC, katakana, lower-case Latin); written literally in tests. */
export function skill(label: string, category?: ProfileSkill['category']): ProfileSkill {
  const key = label
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, '')
    .toLowerCase();
  return category ? { key, label, category } : { key, label };
}

export function sendingProfile(p: Partial<SendingProfile> & { id: string }): SendingProfile {
  return {
    companyId: `company-${p.id}`,
    companyName: `送出企業${p.id}`,
    owningOfficeId: 'office-13',
    jsicMajorCode: 'E',
    people: 1,
    occupationCode: 'H',
    jobTitle: '',
    conditions: [],
    homePrefectureCode: '13',
    moveType: MoveTypeWanted.SECONDMENT,
    text: '',
    skills: [],
    experienceYears: null,
    monthlyWage: null,
    desiredPeriodMonths: null,
    acceptablePrefectureCodes: [],
    earliestStartOn: null,
    ...p,
  };
}

export function receivingProfile(p: Partial<ReceivingProfile> & { id: string }): ReceivingProfile {
  return {
    companyId: `company-${p.id}`,
    companyName: `受入企業${p.id}`,
    owningOfficeId: 'office-13',
    jsicMajorCode: 'E',
    people: 1,
    occupationCode: 'H',
    jobTitle: '',
    conditions: [],
    acceptsSecondment: true,
    acceptsTransfer: false,
    text: '',
    requiredSkills: [],
    preferredSkills: [],
    minExperienceYears: null,
    periodMonths: null,
    monthlyWage: null,
    shiftPattern: null,
    workplacePrefectureCode: '13',
    workplaceCity: null,
    startBy: null,
    ...p,
  };
}

/** A sender's skills as the API stores them: resolved by the dictionary, with every key they imply. */
export function heldSkills(dictionary: SkillDictionary, texts: readonly string[]): ProfileSkill[] {
  const skills = dictionary.resolve(texts);
  const labels = new Map(skills.map((s) => [s.key, s.label]));
  return dictionary.keysWithImplied(skills).map((key) => ({ key, label: labels.get(key) ?? key }));
}

/** A receiver's required or preferred skills as the API stores them: resolved, not widened. */
export function askedSkills(dictionary: SkillDictionary, texts: readonly string[]): ProfileSkill[] {
  return dictionary.resolve(texts).map(({ key, label }) => ({ key, label }));
}
