// The report's input as the calculator reads it. Over GraphQL the types are already checked; the CSV route takes
// plain JSON, so every shape is checked here for both (a number where a number belongs, real days where the tenure
// years are counted). What is a number but a wrong code or count is left to the rules, which name it.
import type { InputChecks } from '../../shared/input-checks';
import type {
  DispatchReportInput,
  EmploymentCategory,
  TrainingCostBorne,
  TrainingCourseInput,
  TrainingMethod,
  TrainingWagePaid,
} from '../dispatch-report.types';

const LIST_MAX = 500;

type Unknown = Record<string, unknown>;

const isObject = (value: unknown): value is Unknown => typeof value === 'object' && value !== null;

function integer(checks: InputChecks, field: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  checks.add(field, '整数で入力してください。');
  return 0;
}

function text(checks: InputChecks, field: string, value: unknown, max: number): string {
  if (typeof value === 'string') return checks.text(field, value, '文字列', max);
  checks.add(field, '文字列で入力してください。');
  return '';
}

function list(checks: InputChecks, field: string, value: unknown): unknown[] {
  if (!Array.isArray(value)) {
    checks.add(field, '一覧で入力してください。');
    return [];
  }
  return [...checks.list(field, value, '件数', LIST_MAX)];
}

function object(checks: InputChecks, field: string, value: unknown): Unknown {
  if (isObject(value)) return value;
  checks.add(field, '入力してください。');
  return {};
}

function course(checks: InputChecks, value: unknown, at: string): TrainingCourseInput {
  const c = object(checks, at, value);
  return {
    name: text(checks, `${at}.name`, c['name'], 200),
    targetKinds: list(checks, `${at}.targetKinds`, c['targetKinds']).map((k, i) =>
      integer(checks, `${at}.targetKinds.${i}`, k),
    ),
    targetWorkers: integer(checks, `${at}.targetWorkers`, c['targetWorkers']),
    deemedCompetent: list(checks, `${at}.deemedCompetent`, c['deemedCompetent'] ?? []).map((id, i) =>
      text(checks, `${at}.deemedCompetent.${i}`, id, 64),
    ),
    method: integer(checks, `${at}.method`, c['method']) as TrainingMethod,
    cost: integer(checks, `${at}.cost`, c['cost']) as TrainingCostBorne,
    wage: integer(checks, `${at}.wage`, c['wage']) as TrainingWagePaid,
    sessions: list(checks, `${at}.sessions`, c['sessions']).map((s, i) => {
      const session = object(checks, `${at}.sessions.${i}`, s);
      const where = `${at}.sessions.${i}`;
      return {
        date: checks.day(`${where}.date`, text(checks, `${where}.date`, session['date'], 10), '実施日'),
        minutes: integer(checks, `${where}.minutes`, session['minutes']),
        attendees: list(checks, `${where}.attendees`, session['attendees']).map((a, j) => {
          const attendee = object(checks, `${where}.attendees.${j}`, a);
          const person = `${where}.attendees.${j}`;
          return {
            workerId: text(checks, `${person}.workerId`, attendee['workerId'], 64),
            hiredOn: checks.day(
              `${person}.hiredOn`,
              text(checks, `${person}.hiredOn`, attendee['hiredOn'], 10),
              '雇入れ日',
            ),
          };
        }),
      };
    }),
  };
}

export function toDispatchReportInput(checks: InputChecks, value: unknown): DispatchReportInput {
  const input = object(checks, 'input', value);
  const contacts = object(checks, 'contacts', input['contacts']);
  return {
    contacts: {
      total: integer(checks, 'contacts.total', contacts['total']),
      alsoDispatchManager: integer(checks, 'contacts.alsoDispatchManager', contacts['alsoDispatchManager']),
      careerConsultants: integer(checks, 'contacts.careerConsultants', contacts['careerConsultants']),
      experienced: integer(checks, 'contacts.experienced', contacts['experienced']),
      knowledgeable: integer(checks, 'contacts.knowledgeable', contacts['knowledgeable']),
    },
    consultedHeadcount: integer(checks, 'consultedHeadcount', input['consultedHeadcount']),
    sheets: list(checks, 'sheets', input['sheets']).map((s, i) => {
      const sheet = object(checks, `sheets.${i}`, s);
      return {
        category: integer(checks, `sheets.${i}.category`, sheet['category']) as EmploymentCategory,
        courses: list(checks, `sheets.${i}.courses`, sheet['courses']).map((c, j) =>
          course(checks, c, `sheets.${i}.courses.${j}`),
        ),
      };
    }),
    wagesPaidForTrainingYen: integer(checks, 'wagesPaidForTrainingYen', input['wagesPaidForTrainingYen']),
    trainingPersonHours: integer(checks, 'trainingPersonHours', input['trainingPersonHours']),
  };
}
