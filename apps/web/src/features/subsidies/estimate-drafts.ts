import type { CompanySize, ConversionKind, SubsidyPlanPrefillQuery } from '../../gql/graphql';
import type { PersonParam, SubsidiesSearch, TraineeParam } from './subsidies-search';

// The forms' state while the user types, and its round trip with the address. The API takes minutes; people type
// hours and minutes (「99時間30分」), so each duration is two fields here. Names stay out of the address: they go
// back and forth beside it (`namesOf`), kept by the form only.

/** A rate table chosen by the API (in force today, or on the application day). */
export const TABLE_IN_FORCE = 'IN_FORCE';

export interface TraineeDraft {
  name: string;
  offJtHours: number | null;
  offJtMinutes: number | null;
  ojtHours: number | null;
  ojtMinutes: number | null;
  cost: number | null;
}

export interface TrainingDraft {
  table: string;
  size: CompanySize | null;
  uplift: boolean;
  trainees: TraineeDraft[];
}

export interface PersonDraft {
  name: string;
  kind: ConversionKind;
  convertedOn: string | null;
  dispatched: boolean;
}

export interface ConversionDraft {
  table: string;
  size: CompanySize | null;
  uplift: boolean;
  applicationOn: string | null;
  already: number | null;
  people: PersonDraft[];
}

export const emptyTrainee = (name = ''): TraineeDraft => ({
  name,
  offJtHours: null,
  offJtMinutes: null,
  ojtHours: null,
  ojtMinutes: null,
  cost: null,
});

export const emptyPerson = (): PersonDraft => ({
  name: '',
  kind: 'FIXED_TO_REGULAR',
  convertedOn: null,
  dispatched: false,
});

const hoursOf = (minutes: number) => Math.floor(minutes / 60);
const restOf = (minutes: number) => minutes % 60;
/** An empty field counts as nothing: no hours, no cost. */
const minutesOf = (hours: number | null, minutes: number | null) => (hours ?? 0) * 60 + (minutes ?? 0);

function traineeDraftOf(each: TraineeParam, name = ''): TraineeDraft {
  return {
    name,
    offJtHours: hoursOf(each.offJt),
    offJtMinutes: restOf(each.offJt),
    ojtHours: hoursOf(each.ojt),
    ojtMinutes: restOf(each.ojt),
    cost: each.cost,
  };
}

/** The training estimate of the address, with the names the form kept for it (none after a reload). */
export function trainingDraftOf(search: SubsidiesSearch, names: readonly string[] = []): TrainingDraft {
  return {
    table: search.table ?? TABLE_IN_FORCE,
    size: search.size ?? null,
    uplift: search.uplift ?? false,
    trainees: search.trainees?.map((each, index) => traineeDraftOf(each, names[index])) ?? [emptyTrainee()],
  };
}

/** A plan's trainee, company size at submission and planned hours; the cost borne is the user's to enter. */
export function trainingDraftOfPlan(plan: SubsidyPlanPrefillQuery['trainingPlan']): TrainingDraft {
  const { offJtMinutes, ojtMinutes } = plan.validation.figures;
  return {
    table: TABLE_IN_FORCE,
    size: plan.companySizeAtSubmission ?? null,
    uplift: false,
    trainees: [
      {
        ...emptyTrainee(plan.traineeName),
        offJtHours: hoursOf(offJtMinutes),
        offJtMinutes: restOf(offJtMinutes),
        ojtHours: hoursOf(ojtMinutes),
        ojtMinutes: restOf(ojtMinutes),
      },
    ],
  };
}

/** The names typed, row by row (blank where none was), to keep beside the address. */
export const namesOf = (rows: readonly { name: string }[]): string[] => rows.map((each) => each.name.trim());

/**
 * The address of a training estimate (the case and plan kept, the names left out); null while the company size is
 * not chosen.
 */
export function trainingSearchOf(draft: TrainingDraft, search: SubsidiesSearch): SubsidiesSearch | null {
  if (!draft.size) return null;
  return {
    kind: 'training',
    caseId: search.caseId,
    planId: search.planId,
    table: draft.table === TABLE_IN_FORCE ? undefined : draft.table,
    size: draft.size,
    uplift: draft.uplift,
    trainees: draft.trainees.map((each) => ({
      offJt: minutesOf(each.offJtHours, each.offJtMinutes),
      ojt: minutesOf(each.ojtHours, each.ojtMinutes),
      cost: each.cost ?? 0,
    })),
  };
}

function personDraftOf(each: PersonParam, name = ''): PersonDraft {
  return { ...each, name, convertedOn: each.convertedOn || null };
}

/** The conversion estimate of the address, with the names the form kept for it (none after a reload). */
export function conversionDraftOf(search: SubsidiesSearch, names: readonly string[] = []): ConversionDraft {
  return {
    table: search.table ?? TABLE_IN_FORCE,
    size: search.size ?? null,
    uplift: search.uplift ?? false,
    applicationOn: search.applicationOn || null,
    already: search.already ?? null,
    people: search.people?.map((each, index) => personDraftOf(each, names[index])) ?? [emptyPerson()],
  };
}

/** The address of a conversion estimate (the names left out); null while the company size is not chosen. */
export function conversionSearchOf(draft: ConversionDraft, search: SubsidiesSearch): SubsidiesSearch | null {
  if (!draft.size) return null;
  return {
    kind: 'conversion',
    caseId: search.caseId,
    planId: search.planId,
    table: draft.table === TABLE_IN_FORCE ? undefined : draft.table,
    size: draft.size,
    uplift: draft.uplift,
    applicationOn: draft.applicationOn ?? '',
    already: draft.already ?? 0,
    people: draft.people.map((each) => ({
      kind: each.kind,
      convertedOn: each.convertedOn ?? '',
      dispatched: each.dispatched,
    })),
  };
}
