// How Off-JT is given and who may lecture (R-TR-14, spec §5.7): ① an outside institution, ② an invited outside
// lecturer, ③ the company's own staff (S001:181), who must be a 専修学校専門課程 teacher, hold a 職業訓練指導員 licence or
// be equivalent, e.g. about 5+ years' experience in the duty; the employer or officers may lecture too (S001:1070–1071).
import type { RuleFinding } from '../../shared/rule-finding';
import { TRAINING_PLAN_MESSAGES as M } from '../training-plans.messages';
import { planError, planWarning } from './plan-finding';
import { TRAINING_PLAN_FINDINGS as F } from './training-plan-findings';
import type { CurriculumRow } from './training-plan.types';
import { isOffJt } from './off-jt-units';

export const LECTURER_EXPERIENCE_YEARS = 5;

function rowLecturerFindings(row: CurriculumRow, index: number): RuleFinding[] {
  if (!isOffJt(row)) return [];
  const at = (field: string) => `curriculum.${index}.${field}`;
  if (row.offJtDelivery === null) {
    return [
      planError(F.OFF_JT_DELIVERY_MISSING, at('offJtDelivery'), M.offJtDeliveryMissing(index, row.name)),
    ];
  }
  if (row.offJtDelivery !== 'OWN_STAFF') return [];
  if (row.lecturerBasis === null) {
    return [
      planError(
        F.OFF_JT_LECTURER_BASIS_MISSING,
        at('lecturerBasis'),
        M.lecturerBasisMissing(index, row.name),
      ),
    ];
  }
  if (row.lecturerBasis !== 'EXPERIENCE') return [];
  const years = row.lecturerExperienceYears;
  if (years === null || !Number.isFinite(years) || years < 0) {
    return [
      planError(
        F.OFF_JT_LECTURER_EXPERIENCE_MISSING,
        at('lecturerExperienceYears'),
        M.lecturerExperienceMissing(index, row.name),
      ),
    ];
  }
  // おおむね5年: a warning the consultant may acknowledge (spec §2.3).
  if (years < LECTURER_EXPERIENCE_YEARS) {
    return [
      planWarning(
        F.OFF_JT_LECTURER_EXPERIENCE_UNDER_5_YEARS,
        at('lecturerExperienceYears'),
        M.lecturerExperienceUnder5(index, row.name, years),
      ),
    ];
  }
  return [];
}

export function validateOffJtLecturers(rows: readonly CurriculumRow[]): RuleFinding[] {
  return rows.flatMap(rowLecturerFindings);
}
