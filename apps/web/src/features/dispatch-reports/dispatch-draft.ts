// The calculator's form as the user fills it, and the API's input made from it. The figures are the API's: the page
// only turns what was typed into the input (hours into minutes, the roster's hire days onto each attendee).
export interface WorkerDraft {
  key: string;
  workerId: string;
  hiredOn: string | null;
}

export interface SessionDraft {
  key: string;
  date: string | null;
  hours: number | null;
  /** Keys of the roster's workers who attended. */
  attendees: string[];
}

export interface CourseDraft {
  key: string;
  name: string;
  kind1: number | null;
  kind2: number | null;
  targetWorkers: number | null;
  method: string | null;
  cost: string | null;
  wage: string | null;
  /** Keys of the roster's workers deemed to have completed it. */
  deemed: string[];
  sessions: SessionDraft[];
}

export interface SheetDraft {
  key: string;
  category: string | null;
  courses: CourseDraft[];
}

export const CONTACT_FIELDS = [
  'total',
  'alsoDispatchManager',
  'careerConsultants',
  'experienced',
  'knowledgeable',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface ReportDraft {
  contacts: Record<ContactField, number | null>;
  consultedHeadcount: number | null;
  wagesPaidForTrainingYen: number | null;
  trainingPersonHours: number | null;
  workers: WorkerDraft[];
  sheets: SheetDraft[];
}

let lastKey = 0;
/** A row's React key (rows are added and removed, so their index is no key). */
export const newKey = (prefix: string): string => `${prefix}${++lastKey}`;

export const emptyWorker = (): WorkerDraft => ({ key: newKey('w'), workerId: '', hiredOn: null });
export const emptySession = (): SessionDraft => ({
  key: newKey('s'),
  date: null,
  hours: null,
  attendees: [],
});
export const emptyCourse = (): CourseDraft => ({
  key: newKey('c'),
  name: '',
  kind1: null,
  kind2: null,
  targetWorkers: null,
  method: null,
  cost: null,
  wage: null,
  deemed: [],
  sessions: [emptySession()],
});
export const emptySheet = (category: string | null = null): SheetDraft => ({
  key: newKey('t'),
  category,
  courses: [emptyCourse()],
});

export function emptyReport(): ReportDraft {
  return {
    contacts: {
      total: null,
      alsoDispatchManager: null,
      careerConsultants: null,
      experienced: null,
      knowledgeable: null,
    },
    consultedHeadcount: null,
    wagesPaidForTrainingYen: null,
    trainingPersonHours: null,
    workers: [emptyWorker()],
    sheets: [emptySheet('1')],
  };
}

/** The item at `index` replaced by what `change` makes of it. */
export function replaceAt<T>(items: readonly T[], index: number, change: (item: T) => T): T[] {
  return items.map((item, at) => (at === index ? change(item) : item));
}

/** The list without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}
