// The Job Card career record and the wishes, checked and normalised for storing. The licences, qualifications and
// skills resolve against the skills dictionary (as offers' skills do), so an opening's required licence matches
// however the consultant typed it, implied licences included (大型 ⇒ 中型 ⇒ 普通).
import type { OfferSkill, SkillDictionary } from '@kakehashi/offers';
import type { WorkHistoryEntry } from '../registrant.entity';
import { PhysicalDemand, WorkingStyleWanted } from '../../talent-bank-enums';
import {
  calendarDay,
  FieldCollector,
  hoursPerDay,
  integerBetween,
  monthlyWage,
  occupationCodes,
  optionalText,
  prefectureCodes,
  skillTexts,
  workHistory,
  type WorkHistoryInputEntry,
} from './registrant-fields';

export interface CareerValues {
  workHistory: WorkHistoryEntry[];
  qualifications: OfferSkill[];
  skills: OfferSkill[];
  skillKeys: string[];
  strengths: string | null;
  evaluationSummary: string | null;
}

export interface WishesValues {
  desiredOccupationCodes: string[];
  workingStyle: WorkingStyleWanted | null;
  desiredDaysPerWeek: number | null;
  desiredHoursPerDay: number | null;
  desiredMonthlyWage: number | null;
  acceptablePrefectureCodes: string[];
  earliestStartOn: string | null;
  maxPhysicalDemand: PhysicalDemand | null;
}

export interface CareerFields {
  workHistory?: readonly WorkHistoryInputEntry[] | null;
  qualifications?: readonly string[] | null;
  skills?: readonly string[] | null;
  strengths?: string | null;
  evaluationSummary?: string | null;
}

export interface WishesFields {
  occupationCodes?: readonly string[] | null;
  workingStyle?: WorkingStyleWanted | null;
  daysPerWeek?: number | null;
  hoursPerDay?: number | null;
  monthlyWage?: number | null;
  acceptablePrefectureCodes?: readonly string[] | null;
  earliestStartOn?: string | null;
  maxPhysicalDemand?: PhysicalDemand | null;
}

export function normaliseCareer(
  errors: FieldCollector,
  input: CareerFields | null | undefined,
  today: string,
  dictionary: SkillDictionary,
): CareerValues {
  const qualifications = dictionary.resolve(
    skillTexts(errors, 'career.qualifications', input?.qualifications, '免許・資格'),
  );
  const skills = dictionary.resolve(skillTexts(errors, 'career.skills', input?.skills, 'スキル'));
  return {
    workHistory: workHistory(errors, 'career.workHistory', input?.workHistory, today),
    qualifications,
    skills,
    skillKeys: dictionary.keysWithImplied([...qualifications, ...skills]).sort(),
    strengths: optionalText(errors, 'career.strengths', input?.strengths, '強み', 2000),
    evaluationSummary: optionalText(
      errors,
      'career.evaluationSummary',
      input?.evaluationSummary,
      '評価の要約',
      2000,
    ),
  };
}

export function emptyCareer(): CareerValues {
  return {
    workHistory: [],
    qualifications: [],
    skills: [],
    skillKeys: [],
    strengths: null,
    evaluationSummary: null,
  };
}

export function normaliseWishes(
  errors: FieldCollector,
  input: WishesFields | null | undefined,
): WishesValues {
  const workingStyle = input?.workingStyle ?? null;
  if (workingStyle !== null && !Object.values(WorkingStyleWanted).includes(workingStyle))
    errors.add('wishes.workingStyle', '勤務形態の指定が正しくありません。');
  const demand = input?.maxPhysicalDemand ?? null;
  if (demand !== null && !Object.values(PhysicalDemand).includes(demand))
    errors.add('wishes.maxPhysicalDemand', '身体的負担の指定が正しくありません。');
  return {
    desiredOccupationCodes: occupationCodes(errors, 'wishes.occupationCodes', input?.occupationCodes),
    workingStyle,
    desiredDaysPerWeek: integerBetween(
      errors,
      'wishes.daysPerWeek',
      input?.daysPerWeek,
      '週の勤務日数',
      1,
      7,
    ),
    desiredHoursPerDay: hoursPerDay(errors, 'wishes.hoursPerDay', input?.hoursPerDay),
    desiredMonthlyWage: monthlyWage(errors, 'wishes.monthlyWage', input?.monthlyWage, '希望月額賃金'),
    acceptablePrefectureCodes: prefectureCodes(
      errors,
      'wishes.acceptablePrefectureCodes',
      input?.acceptablePrefectureCodes,
    ),
    earliestStartOn: calendarDay(
      errors,
      'wishes.earliestStartOn',
      input?.earliestStartOn,
      '就業可能日',
      false,
    ),
    maxPhysicalDemand: demand,
  };
}
