// The trainee's facts as the rules read them. The rules report the history's months themselves (they are typed on
// the Job Card); the days they compare must be real days, so a day that is not one is refused here.
import type { InputChecks } from '../../shared/input-checks';
import type { StoredTraineeFacts } from '../../training-plans/training-plan.entity';
import type { TraineeFacts, WorkHistoryEntry } from '../rules/trainee-facts';
import type {
  PlanTraineeFactsInput,
  TraineeFactsInput,
  TraineeWorkHistoryInput,
} from './trainee-facts.input';

const HISTORY_MAX = 60;

function entry(checks: InputChecks, input: TraineeWorkHistoryInput, at: string): WorkHistoryEntry {
  return {
    companyName: checks.text(`${at}.companyName`, input.companyName, '企業名', 200),
    from: checks.text(`${at}.from`, input.from, '開始年月', 7),
    to: checks.optionalText(`${at}.to`, input.to, '終了年月', 7),
    employmentKind: input.employmentKind,
    field: checks.optionalText(`${at}.field`, input.field, '分野', 100),
  };
}

/** The facts a plan stores, with paths under `prefix`. */
export function toStoredTraineeFacts(
  checks: InputChecks,
  input: PlanTraineeFactsInput,
  prefix: string,
): StoredTraineeFacts {
  const at = (path: string) => `${prefix}.${path}`;
  return {
    trainingField: checks.text(at('trainingField'), input.trainingField, '訓練実施分野', 100),
    history: checks
      .list(at('history'), input.history, '職歴', HISTORY_MAX)
      .map((item, i) => entry(checks, item, at(`history.${i}`))),
    currentEmploymentKind: input.currentEmploymentKind,
    hiredOnPromiseOfRegular: input.hiredOnPromiseOfRegular,
    dayStudent: input.dayStudent,
    expectedGraduationOn: checks.optionalDay(
      at('expectedGraduationOn'),
      input.expectedGraduationOn,
      '卒業予定日',
    ),
    publicTrainingFinishedOn: checks.optionalDay(
      at('publicTrainingFinishedOn'),
      input.publicTrainingFinishedOn,
      '公的職業訓練の終了日',
    ),
    jobCardIssuedOn: checks.optionalDay(
      at('jobCardIssuedOn'),
      input.jobCardIssuedOn,
      'ジョブ・カードの交付日',
    ),
    issuerKind: input.issuerKind ?? null,
    judgedSuitableForTraining: input.judgedSuitableForTraining,
    overrideReason: checks.optionalText(at('overrideReason'), input.overrideReason, '理由', 1000),
  };
}

/** The facts of the stateless check (`traineeEligibility`), the training's days included. */
export function toTraineeFacts(checks: InputChecks, input: TraineeFactsInput): TraineeFacts {
  const trainingStart = checks.day('input.trainingStart', input.trainingStart, '訓練開始日');
  const trainingEnd = checks.day('input.trainingEnd', input.trainingEnd, '訓練終了日');
  return { ...toStoredTraineeFacts(checks, input, 'input'), trainingStart, trainingEnd };
}
