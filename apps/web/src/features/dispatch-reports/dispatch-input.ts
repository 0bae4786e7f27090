import type { DispatchCourseInput, DispatchReportInput } from '../../gql/graphql';
import { CONTACT_FIELDS, type CourseDraft, type ReportDraft, type WorkerDraft } from './dispatch-draft';

/** A problem at an input, by the API's path of it (`sheets.0.courses.1.name`) or the roster's (`workers.2.hiredOn`). */
export interface PathProblem {
  field: string;
  message: string;
}

/** The id of the input at an API path: `sheets.0.courses.1.name` → `dr-sheets-0-courses-1-name`. */
export const inputId = (path: string): string => `dr-${path.replaceAll('.', '-')}`;

/** Reads the draft into the API's input, noting each value left empty at its path (the API needs them all). */
class InputReader {
  readonly problems: PathProblem[] = [];
  constructor(private readonly missing: string) {}

  number(path: string, value: number | null): number {
    if (value === null) this.problems.push({ field: path, message: this.missing });
    return value ?? 0;
  }

  text(path: string, value: string | null): string {
    if (!value?.trim()) this.problems.push({ field: path, message: this.missing });
    return value ?? '';
  }
}

function courseInput(
  read: InputReader,
  course: CourseDraft,
  at: string,
  workers: readonly WorkerDraft[],
): DispatchCourseInput {
  const roster = (keys: readonly string[]) =>
    keys.flatMap((key) => workers.filter((worker) => worker.key === key));
  return {
    name: read.text(`${at}.name`, course.name),
    targetKinds: [
      read.number(`${at}.targetKinds`, course.kind1),
      ...(course.kind2 === null ? [] : [course.kind2]),
    ],
    targetWorkers: read.number(`${at}.targetWorkers`, course.targetWorkers),
    method: Number(read.text(`${at}.method`, course.method)),
    cost: Number(read.text(`${at}.cost`, course.cost)),
    wage: Number(read.text(`${at}.wage`, course.wage)),
    deemedCompetent: roster(course.deemed).map((worker) => worker.workerId.trim()),
    sessions: course.sessions.map((session, index) => {
      const where = `${at}.sessions.${index}`;
      // Hours as typed (1.5 = 1 hour 30 minutes); the API counts whole minutes.
      const hours = read.number(`${where}.minutes`, session.hours);
      return {
        date: read.text(`${where}.date`, session.date),
        minutes: Math.round(hours * 60),
        attendees: roster(session.attendees).map((worker) => ({
          workerId: worker.workerId.trim(),
          hiredOn: worker.hiredOn ?? '',
        })),
      };
    }),
  };
}

/**
 * The API's input, or the values still missing (each at its input). The roster's workers need an id and a hire day
 * (the tenure years are counted from it); every other check is the API's.
 */
export function reportInputOf(
  draft: ReportDraft,
  missing: string,
): { input: DispatchReportInput; problems: PathProblem[] } {
  const read = new InputReader(missing);
  draft.workers.forEach((worker, index) => {
    read.text(`workers.${index}.workerId`, worker.workerId);
    read.text(`workers.${index}.hiredOn`, worker.hiredOn);
  });
  const contacts = Object.fromEntries(
    CONTACT_FIELDS.map((field) => [field, read.number(`contacts.${field}`, draft.contacts[field])]),
  ) as DispatchReportInput['contacts'];
  const input: DispatchReportInput = {
    contacts,
    consultedHeadcount: read.number('consultedHeadcount', draft.consultedHeadcount),
    wagesPaidForTrainingYen: read.number('wagesPaidForTrainingYen', draft.wagesPaidForTrainingYen),
    trainingPersonHours: read.number('trainingPersonHours', draft.trainingPersonHours),
    sheets: draft.sheets.map((sheet, index) => ({
      category: Number(read.text(`sheets.${index}.category`, sheet.category)),
      courses: sheet.courses.map((course, courseIndex) =>
        courseInput(read, course, `sheets.${index}.courses.${courseIndex}`, draft.workers),
      ),
    })),
  };
  return { input, problems: read.problems };
}

const ATTENDEE = /^sheets\.(\d+)\.courses\.(\d+)\.sessions\.(\d+)\.attendees\.(\d+)\.(workerId|hiredOn)$/;

/**
 * The input a problem's path belongs to: an attendee's id or hire day is the roster's row; otherwise the nearest
 * enclosing path that has an input (`…targetKinds.0` → the first 種別). Undefined: the problem is the form's as a whole.
 */
export function inputPathOf(draft: ReportDraft, apiPath: string): string | undefined {
  const path = apiPath.replace(/^input\./, '');
  const attendee = ATTENDEE.exec(path);
  if (attendee) {
    const [, sheet, course, session, index, field] = attendee.map(String);
    const key = draft.sheets[+sheet]?.courses[+course]?.sessions[+session]?.attendees[+index];
    const worker = draft.workers.findIndex((each) => each.key === key);
    return worker < 0 ? undefined : `workers.${worker}.${field}`;
  }
  const inputs = inputPaths(draft);
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    if (inputs.has(candidate)) return candidate;
  }
  return undefined;
}

/** Every path of the draft that has an input (or a group of inputs) on the page. */
export function inputPaths(draft: ReportDraft): Set<string> {
  const paths = new Set<string>(['consultedHeadcount', 'wagesPaidForTrainingYen', 'trainingPersonHours']);
  for (const field of CONTACT_FIELDS) paths.add(`contacts.${field}`);
  draft.workers.forEach((_, index) => {
    paths.add(`workers.${index}.workerId`);
    paths.add(`workers.${index}.hiredOn`);
  });
  draft.sheets.forEach((sheet, index) => {
    paths.add(`sheets.${index}.category`);
    sheet.courses.forEach((course, courseIndex) => {
      const at = `sheets.${index}.courses.${courseIndex}`;
      for (const field of ['name', 'targetKinds', 'targetKinds.1', 'targetWorkers', 'method', 'cost', 'wage'])
        paths.add(`${at}.${field}`);
      paths.add(`${at}.deemedCompetent`);
      course.sessions.forEach((_, session) => {
        for (const field of ['date', 'minutes', 'attendees']) paths.add(`${at}.sessions.${session}.${field}`);
      });
    });
  });
  return paths;
}
