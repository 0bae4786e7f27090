import type { Option } from '@kakehashi/web-ui';
import type { DispatchReportCodesQuery } from '../../gql/graphql';
import { replaceAt, type CourseDraft, type ReportDraft } from './dispatch-draft';
import type { FormBinding } from './form-binding';
import { dispatchMessages } from './messages';

/** The roster's workers as choices, by their id (or their row while it is still empty). */
export function workerOptions(draft: ReportDraft): Option[] {
  return draft.workers.map((worker, index) => ({
    value: worker.key,
    label: worker.workerId.trim() || dispatchMessages.workers.unnamed(index + 1),
  }));
}

export interface CourseProps {
  form: FormBinding;
  codes: CodeOptions;
  sheetIndex: number;
  courseIndex: number;
}

/** Changes one course of the draft. */
export function updateCourse(
  form: FormBinding,
  sheetIndex: number,
  courseIndex: number,
  change: (course: CourseDraft) => CourseDraft,
) {
  form.update((d) => ({
    ...d,
    sheets: replaceAt(d.sheets, sheetIndex, (s) => ({
      ...s,
      courses: replaceAt(s.courses, courseIndex, change),
    })),
  }));
}

/** The form's code lists as choices (「2 OFF-JT」), in the API's words. */
export type CodeOptions = Record<
  keyof Omit<DispatchReportCodesQuery['dispatchReportCodes'], '__typename'>,
  Option[]
>;

export function codeOptionsOf(codes: DispatchReportCodesQuery['dispatchReportCodes']): CodeOptions {
  const options = (list: readonly { code: number; label: string }[]) =>
    list.map((each) => ({ value: String(each.code), label: each.label }));
  return {
    categories: options(codes.categories),
    methods: options(codes.methods),
    costs: options(codes.costs),
    wages: options(codes.wages),
  };
}
