// A typed draft as the rules read it: texts trimmed, absent optionals as null. Only what no rule can read is refused
// (lengths, counts); everything else, however incomplete, goes to the rules, which say what is wrong.
import type { InputChecks } from '../../shared/input-checks';
import type {
  CareerUpPlan,
  CurriculumRow,
  PlanRoles,
  RoleHolder,
  TrainingPlanDraft,
} from '../rules/training-plan.types';
import type {
  CareerUpPlanInput,
  CurriculumRowInput,
  PlanRolesInput,
  RoleHolderInput,
  TrainingPlanDraftInput,
} from './training-plan-draft.input';

const NAME_MAX = 200;
const TEXT_MAX = 2000;
const ROWS_MAX = 100;
// A day typed as a day, or something the rules report as not one: kept short either way.
const DAY_MAX = 10;

function row(checks: InputChecks, input: CurriculumRowInput, at: string): CurriculumRow {
  return {
    kind: input.kind,
    name: checks.text(`${at}.name`, input.name, '職務名又は教科名', NAME_MAX),
    content: checks.text(`${at}.content`, input.content, '職務又は教科の内容', TEXT_MAX),
    minutes: input.minutes,
    provider: checks.optionalText(`${at}.provider`, input.provider, '実施主体', NAME_MAX),
    unitMinutes: input.unitMinutes ?? null,
    offJtDelivery: input.offJtDelivery ?? null,
    lecturerBasis: input.lecturerBasis ?? null,
    lecturerExperienceYears: input.lecturerExperienceYears ?? null,
  };
}

function holder(checks: InputChecks, input: RoleHolderInput, at: string): RoleHolder {
  return { name: checks.text(`${at}.name`, input.name, '氏名', 100), regularEmployee: input.regularEmployee };
}

function roles(checks: InputChecks, input: PlanRolesInput, at: string): PlanRoles {
  return {
    trainingLead: holder(checks, input.trainingLead, `${at}.trainingLead`),
    trainer: holder(checks, input.trainer, `${at}.trainer`),
    evaluationLead: holder(checks, input.evaluationLead, `${at}.evaluationLead`),
    evaluator: holder(checks, input.evaluator, `${at}.evaluator`),
  };
}

function careerUpPlan(
  checks: InputChecks,
  input: CareerUpPlanInput | null | undefined,
  at: string,
): CareerUpPlan | null {
  if (!input) return null;
  return {
    start: checks.text(`${at}.start`, input.start, '計画期間の初日', DAY_MAX),
    end: checks.text(`${at}.end`, input.end, '計画期間の末日', DAY_MAX),
    measures: checks
      .list(`${at}.measures`, input.measures, '措置の項目', 20)
      .map((measure, i) => checks.text(`${at}.measures.${i}`, measure, '措置の項目', NAME_MAX)),
  };
}

/**
 * The draft of `input`; `checks` collects what is refused (the caller throws). Field paths start with `prefix` (the
 * draft's place in the operation's input: `draft` in saveTrainingPlan's, `input` for validateTrainingPlan).
 */
export function toPlanDraft(
  checks: InputChecks,
  input: TrainingPlanDraftInput,
  prefix: string,
): TrainingPlanDraft {
  const at = (path: string) => `${prefix}.${path}`;
  const text = (field: keyof TrainingPlanDraftInput, label: string, max: number) =>
    checks.optionalText(at(field), input[field] as string | null | undefined, label, max);
  return {
    type: input.type,
    period: {
      start: checks.text(at('period.start'), input.period.start, '訓練開始日', DAY_MAX),
      end: checks.text(at('period.end'), input.period.end, '訓練終了日', DAY_MAX),
      specialReason: checks.optionalText(
        at('period.specialReason'),
        input.period.specialReason,
        '特別な理由',
        TEXT_MAX,
      ),
    },
    curriculum: checks
      .list(at('curriculum'), input.curriculum, 'カリキュラムの行', ROWS_MAX)
      .map((entry, i) => row(checks, entry, at(`curriculum.${i}`))),
    roles: roles(checks, input.roles, at('roles')),
    careerUpPlan: careerUpPlan(checks, input.careerUpPlan, at('careerUpPlan')),
    postCompletionHandling: text('postCompletionHandling', '訓練修了後の取扱い', TEXT_MAX),
    sendingCompanyName: text('sendingCompanyName', '派遣元事業主', NAME_MAX),
    hostCompanyName: text('hostCompanyName', '派遣先事業主', NAME_MAX),
    submittedOn: text('submittedOn', '提出日', DAY_MAX),
    jobCardIssuedOn: text('jobCardIssuedOn', 'ジョブ・カードの交付日', DAY_MAX),
    newGraduateWithoutJobCard: input.newGraduateWithoutJobCard,
    roleOverrideReason: text('roleOverrideReason', '同一の者とする理由', TEXT_MAX),
  };
}
