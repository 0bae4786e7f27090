// Small builders for tests of the training-plan rules: rows with only what a test is about, and the seed's model
// plan with a few fields changed.
import { addDays, addMonths } from '@kakehashi/calendar';
import type { CurriculumRow, TrainingPlanDraft } from '../training-plan.types';
import { SEED_MODEL_PLAN } from './seed-model-plan';

export const hours = (h: number, m = 0): number => h * 60 + m;

export const ojtRow = (minutes: number, overrides: Partial<CurriculumRow> = {}): CurriculumRow => ({
  kind: 'OJT',
  name: '実習',
  content: '機械の操作、検査、片付け',
  minutes,
  provider: null,
  unitMinutes: null,
  offJtDelivery: null,
  lecturerBasis: null,
  lecturerExperienceYears: null,
  ...overrides,
});

export const offJtRow = (minutes: number, overrides: Partial<CurriculumRow> = {}): CurriculumRow => ({
  kind: 'OFF_JT_LECTURE',
  name: '基本知識',
  content: '関連法令、安全作業法',
  minutes,
  provider: '職業訓練法人',
  unitMinutes: null,
  offJtDelivery: 'OUTSIDE_INSTITUTION',
  lecturerBasis: null,
  lecturerExperienceYears: null,
  ...overrides,
});

/** The seed's model plan with `overrides` applied (shallow). */
export const modelPlanWith = (overrides: Partial<TrainingPlanDraft> = {}): TrainingPlanDraft => ({
  ...SEED_MODEL_PLAN,
  ...overrides,
});

/**
 * A plan over `start`–`end` whose curriculum is one OJT and one Off-JT row of the given minutes, submitted two months
 * and given the Job Card a week before the start (no deadline findings).
 */
export const planOver = (
  start: string,
  end: string,
  ojtMinutes: number,
  offJtMinutes: number,
  specialReason: string | null = null,
): TrainingPlanDraft =>
  modelPlanWith({
    period: { start, end, specialReason },
    curriculum: [ojtRow(ojtMinutes), offJtRow(offJtMinutes)],
    careerUpPlan: { start: '2024-04-01', end: '2028-03-31', measures: ['人材育成コース'] },
    submittedOn: addMonths(start, -2),
    jobCardIssuedOn: addDays(start, -7),
  });
