// Offers as the engine sees them, read with one SQL statement per side (no entity hydration: 170,000 rows load in a
// couple of seconds this way). Shared by the API's live index and batch assignment.
import type { MoveTypeWanted, OfferSkill, ShiftPattern, WorkplaceCondition } from '@kakehashi/offers';
import type { ProfileSkill, ReceivingProfile, SendingProfile } from '../engine/match-profile';

/** An offer is matchable while it is not closed and still has people. */
export const OPEN_SENDING = `o."status" <> 'CLOSED' AND o."people_available" > 0`;
export const OPEN_RECEIVING = `o."status" <> 'CLOSED' AND o."people_remaining" > 0`;

export const SENDING_PROFILE_COLUMNS = `
  o."id", o."company_id", c."legal_name" AS "company_name", o."owning_office_id", c."jsic_major_code",
  c."prefecture_code" AS "home_prefecture_code", o."move_type", o."people_available" AS "people",
  o."occupation_code", o."job_title", o."reason_detail", o."notes", o."skills", o."skill_keys",
  o."experience_years", o."monthly_wage", o."desired_period_months", o."acceptable_prefecture_codes",
  to_char(o."earliest_start_on", 'YYYY-MM-DD') AS "earliest_start_on", o."conditions",
  (${OPEN_SENDING}) AS "open"`;

export const RECEIVING_PROFILE_COLUMNS = `
  o."id", o."company_id", c."legal_name" AS "company_name", o."owning_office_id", c."jsic_major_code",
  o."accepts_secondment", o."accepts_transfer", o."people_remaining" AS "people", o."occupation_code",
  o."job_title", o."duties", o."notes", o."required_skills", o."preferred_skills", o."min_experience_years",
  o."period_months", o."monthly_wage", o."shift_pattern", o."workplace_prefecture_code", o."workplace_city",
  to_char(o."start_by", 'YYYY-MM-DD') AS "start_by", o."conditions",
  (${OPEN_RECEIVING}) AS "open"`;

export interface SendingProfileRow {
  id: string;
  company_id: string;
  company_name: string;
  owning_office_id: string;
  jsic_major_code: string;
  home_prefecture_code: string;
  move_type: MoveTypeWanted;
  people: number;
  occupation_code: string;
  job_title: string;
  reason_detail: string | null;
  notes: string | null;
  skills: OfferSkill[];
  skill_keys: string[];
  experience_years: number | null;
  monthly_wage: number | null;
  desired_period_months: number | null;
  acceptable_prefecture_codes: string[];
  earliest_start_on: string | null;
  conditions: WorkplaceCondition[];
  open: boolean;
}

export interface ReceivingProfileRow {
  id: string;
  company_id: string;
  company_name: string;
  owning_office_id: string;
  jsic_major_code: string;
  accepts_secondment: boolean;
  accepts_transfer: boolean;
  people: number;
  occupation_code: string;
  job_title: string;
  duties: string | null;
  notes: string | null;
  required_skills: OfferSkill[];
  preferred_skills: OfferSkill[];
  min_experience_years: number | null;
  period_months: number | null;
  monthly_wage: number | null;
  shift_pattern: ShiftPattern | null;
  workplace_prefecture_code: string;
  workplace_city: string | null;
  start_by: string | null;
  conditions: WorkplaceCondition[];
  open: boolean;
}

/** Dictionary match key → category, so reasons read 必須資格「…」 for licences and 必須スキル「…」 for skills. */
export type SkillCategories = ReadonlyMap<string, 'LICENCE' | 'QUALIFICATION' | 'SKILL'>;

function profileSkill(key: string, label: string, categories: SkillCategories): ProfileSkill {
  const category = categories.get(key);
  return category ? { key, label, category } : { key, label };
}

function joinText(parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');
}

export function toSendingProfile(
  row: SendingProfileRow,
  categories: SkillCategories = new Map(),
): SendingProfile {
  const labels = new Map(row.skills.map((s) => [s.key, s.label]));
  // skill_keys also holds the keys the dictionary implies; a dictionary key is the entry's normalised name, so it
  // reads well as its own label.
  const skills = row.skill_keys.map((key) => profileSkill(key, labels.get(key) ?? key, categories));
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    owningOfficeId: row.owning_office_id,
    jsicMajorCode: row.jsic_major_code,
    homePrefectureCode: row.home_prefecture_code,
    moveType: row.move_type,
    people: row.people,
    occupationCode: row.occupation_code,
    jobTitle: row.job_title,
    text: joinText([row.job_title, row.reason_detail, row.notes, ...row.skills.map((s) => s.label)]),
    skills,
    experienceYears: row.experience_years,
    monthlyWage: row.monthly_wage,
    desiredPeriodMonths: row.desired_period_months,
    acceptablePrefectureCodes: row.acceptable_prefecture_codes,
    earliestStartOn: row.earliest_start_on,
    conditions: row.conditions,
  };
}

export function toReceivingProfile(
  row: ReceivingProfileRow,
  categories: SkillCategories = new Map(),
): ReceivingProfile {
  const toProfileSkill = (s: OfferSkill) => profileSkill(s.key, s.label, categories);
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    owningOfficeId: row.owning_office_id,
    jsicMajorCode: row.jsic_major_code,
    acceptsSecondment: row.accepts_secondment,
    acceptsTransfer: row.accepts_transfer,
    people: row.people,
    occupationCode: row.occupation_code,
    jobTitle: row.job_title,
    text: joinText([
      row.job_title,
      row.duties,
      row.notes,
      ...row.required_skills.map((s) => s.label),
      ...row.preferred_skills.map((s) => s.label),
    ]),
    requiredSkills: row.required_skills.map(toProfileSkill),
    preferredSkills: row.preferred_skills.map(toProfileSkill),
    minExperienceYears: row.min_experience_years,
    periodMonths: row.period_months,
    monthlyWage: row.monthly_wage,
    shiftPattern: row.shift_pattern,
    workplacePrefectureCode: row.workplace_prefecture_code,
    workplaceCity: row.workplace_city,
    startBy: row.start_by,
    conditions: row.conditions,
  };
}
