import { z } from 'zod';
import type {
  CompanySize,
  ConversionKind,
  ConversionSubsidyInput,
  TrainingSubsidyInput,
} from '../../gql/graphql';
import { subsidyMessages } from './messages';

// The estimate's inputs live in the address (`/jobcard/subsidies?kind=training&size=SME&trainees=[…]`), so an
// estimate can be linked, reloaded or sent on; a broken value is dropped, never an error page. Names are personal
// data and never go there (browser history, shared links): the form keeps the names typed, and a row without one is
// sent and shown by its position (「1人目」). An old link's names are dropped when read.

const whole = z.number().int().min(0).max(1_000_000_000).catch(0);
const day = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/)
  .catch('');

const traineeParam = z.object({
  /** Minutes, as the API takes them. */
  offJt: whole,
  ojt: whole,
  cost: whole,
});

const personParam = z.object({
  kind: z
    .enum(['FIXED_TO_REGULAR', 'FIXED_TO_INDEFINITE', 'INDEFINITE_TO_REGULAR'] satisfies ConversionKind[])
    .catch('FIXED_TO_REGULAR'),
  convertedOn: day,
  dispatched: z.boolean().catch(false),
});

export const subsidiesSearchSchema = z.object({
  kind: z.enum(['training', 'conversion']).optional().catch(undefined),
  /** The case the estimate is to be attached to (STEP 2). */
  caseId: z.string().uuid().optional().catch(undefined),
  /** The training plan estimated (its figures prefill the training estimate). */
  planId: z.string().uuid().optional().catch(undefined),
  /** A rate table named; absent, the API picks the one in force (today, or on the application day). */
  table: z.string().max(40).optional().catch(undefined),
  size: z
    .enum(['SME', 'LARGE'] satisfies CompanySize[])
    .optional()
    .catch(undefined),
  uplift: z.boolean().optional().catch(undefined),
  trainees: z.array(traineeParam).min(1).max(100).optional().catch(undefined),
  applicationOn: day.optional(),
  already: whole.optional(),
  people: z.array(personParam).min(1).max(100).optional().catch(undefined),
});

export type SubsidiesSearch = z.infer<typeof subsidiesSearchSchema>;
export type EstimateKind = 'training' | 'conversion';
export type TraineeParam = z.infer<typeof traineeParam>;
export type PersonParam = z.infer<typeof personParam>;

export const kindOf = (search: SubsidiesSearch): EstimateKind => search.kind ?? 'training';

/** The name typed for a row, or its position (「1人目」) when none was typed (or it was lost on reload). */
export const rowName = (names: readonly string[], index: number): string =>
  names[index]?.trim() || subsidyMessages.form.rowLabel(index + 1);

/** The training estimate the address asks for (with the names kept by the form), or null until one was asked for. */
export function trainingInputOf(
  search: SubsidiesSearch,
  names: readonly string[] = [],
): TrainingSubsidyInput | null {
  if (kindOf(search) !== 'training' || !search.size || !search.trainees) return null;
  return {
    rateTableId: search.table ?? null,
    companySize: search.size,
    productivityUplift: search.uplift ?? false,
    trainees: search.trainees.map((each, index) => ({
      name: rowName(names, index),
      offJtMinutes: each.offJt,
      ojtMinutes: each.ojt,
      costBorneYen: each.cost,
    })),
  };
}

/** The conversion estimate the address asks for (with the names kept by the form), or null until one was asked for. */
export function conversionInputOf(
  search: SubsidiesSearch,
  names: readonly string[] = [],
): ConversionSubsidyInput | null {
  if (kindOf(search) !== 'conversion' || !search.size || !search.people) return null;
  return {
    rateTableId: search.table ?? null,
    companySize: search.size,
    productivityUplift: search.uplift ?? false,
    alreadyAppliedThisFiscalYear: search.already ?? 0,
    applicationOn: search.applicationOn ?? '',
    conversions: search.people.map((each, index) => ({
      name: rowName(names, index),
      kind: each.kind,
      convertedOn: each.convertedOn,
      dispatchedWorkerHiredByClient: each.dispatched,
    })),
  };
}

/** What stays when the user switches between the two estimates: the case and the plan. */
export function switchedTo(search: SubsidiesSearch, kind: EstimateKind): SubsidiesSearch {
  return { kind, caseId: search.caseId, planId: search.planId };
}

/** Names one estimate of the address whatever the names: the key under which the form's names are kept. */
export const addressKeyOf = (search: SubsidiesSearch): string =>
  JSON.stringify(kindOf(search) === 'training' ? trainingInputOf(search) : conversionInputOf(search));

/** An old link still carrying names (the address held them once): no other key or value of the address says "name". */
export const carriesNames = (searchStr: string): boolean => /name/i.test(searchStr);
