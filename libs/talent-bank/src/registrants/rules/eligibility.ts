// Who may register in the Career Talent Bank (キャリア人材バンクの対象者): aged 60 or over on the registration day, and
// leaving at the mandatory retirement age (定年退職), at the end of a continued-employment period (継続雇用期間の終了),
// or having left a job at 60 or over within the last year. A refusal says why, in Japanese, on the field to correct.
import { japaneseDate } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { AgeBand, ageBandOf, ELIGIBILITY_REASON_LABELS, EligibilityReason } from '../../talent-bank-enums';
import { ageOn, birthdayAt, lastDayWithinOneYearOf } from './age';

export const MINIMUM_AGE = 60;

export interface EligibilityFacts {
  dateOfBirth: string;
  registeredOn: string;
  reason: EligibilityReason;
  /** The day the person left (or, for retirement and the end of continued employment, will leave) the job. */
  leftJobOn: string | null;
}

export type EligibilityDecision =
  { eligible: true; age: number; ageBand: AgeBand } | { eligible: false; problems: FieldError[] };

/** `input.` paths of the fields a refusal is shown on. */
export function decideEligibility(facts: EligibilityFacts, prefix = 'input'): EligibilityDecision {
  const problems: FieldError[] = [];
  const { dateOfBirth, registeredOn, reason, leftJobOn } = facts;
  const age = ageOn(dateOfBirth, registeredOn);
  if (age < MINIMUM_AGE) {
    problems.push({
      field: `${prefix}.dateOfBirth`,
      message:
        `登録日（${japaneseDate(registeredOn)}）時点で${age}歳のため登録できません。` +
        `キャリア人材バンクは60歳以上の方が対象です（60歳の誕生日は${japaneseDate(birthdayAt(dateOfBirth, MINIMUM_AGE))}）。`,
    });
  }
  const label = ELIGIBILITY_REASON_LABELS[reason];
  if (reason === EligibilityReason.LEFT_JOB_AT_60_OR_OVER) {
    if (!leftJobOn) {
      problems.push({
        field: `${prefix}.leftJobOn`,
        message:
          '離職日を入力してください。60歳以上で離職した方は、離職日から1年以内であることを確認します。',
      });
    } else if (leftJobOn > registeredOn) {
      problems.push({
        field: `${prefix}.leftJobOn`,
        message:
          `離職日（${japaneseDate(leftJobOn)}）が登録日より後です。離職前の方は「定年退職」または` +
          '「継続雇用期間の終了」で登録してください。',
      });
    } else {
      const ageWhenLeaving = ageOn(dateOfBirth, leftJobOn);
      if (ageWhenLeaving < MINIMUM_AGE) {
        problems.push({
          field: `${prefix}.leftJobOn`,
          message: `離職日（${japaneseDate(leftJobOn)}）時点で${ageWhenLeaving}歳のため対象外です。60歳以上で離職した方が対象です。`,
        });
      }
      const oneYearProblem = withinOneYearProblem(leftJobOn, registeredOn, prefix);
      if (oneYearProblem) problems.push(oneYearProblem);
    }
  } else if (leftJobOn) {
    // Retirement or the end of continued employment, past or planned: a past one must be within the last year (a
    // person who retired years ago is not leaving now), a planned one within the coming year.
    if (leftJobOn <= registeredOn) {
      const oneYearProblem = withinOneYearProblem(leftJobOn, registeredOn, prefix, label);
      if (oneYearProblem) problems.push(oneYearProblem);
    } else if (leftJobOn > lastDayWithinOneYearOf(registeredOn)) {
      problems.push({
        field: `${prefix}.leftJobOn`,
        message: `${label}の予定日（${japaneseDate(leftJobOn)}）は登録日から1年以内の日付を入力してください。`,
      });
    }
  }
  if (problems.length > 0) return { eligible: false, problems };
  return { eligible: true, age, ageBand: ageBandOf(age) };
}

function withinOneYearProblem(
  leftJobOn: string,
  registeredOn: string,
  prefix: string,
  label = '離職',
): FieldError | null {
  const lastDay = lastDayWithinOneYearOf(leftJobOn);
  if (registeredOn <= lastDay) return null;
  return {
    field: `${prefix}.leftJobOn`,
    message:
      `${label}の日（${japaneseDate(leftJobOn)}）から1年を超えているため登録できません` +
      `（1年以内の期限は${japaneseDate(lastDay)}）。`,
  };
}
