// The shape checks of the sheet inputs: malformed input (a missing name, a day that is not one, a text too long) is
// refused field by field; what the seeds' rules say about a well-formed sheet is a finding, saved with the draft.
import { isCalendarDay } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import type { OjtDuty, SheetCriterion, SheetUnit } from '../evaluation-sheet';
import type {
  CriterionInput,
  OjtDutyInput,
  SheetCommentsInput,
  UnitInput,
} from '../dtos/evaluation-sheet.inputs';

export const NAME_MAX = 100;
export const DUTY_MAX = 200;
export const TEXT_MAX = 1000;
export const COMMENT_MAX = 4000;
const MAX_UNITS = 60;
const MAX_CRITERIA = 40;

/** A required text: not blank, at most `max` characters. */
export function requiredText(field: string, value: unknown, label: string, max: number): FieldError[] {
  if (typeof value !== 'string' || !value.trim()) return [{ field, message: `${label}を入力してください。` }];
  return optionalText(field, value, label, max);
}

export function optionalText(field: string, value: unknown, label: string, max: number): FieldError[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'string') return [{ field, message: `${label}は文字で入力してください。` }];
  return value.length > max ? [{ field, message: `${label}は${max}文字以内で入力してください。` }] : [];
}

export function dayError(field: string, value: unknown, label: string): FieldError[] {
  return typeof value === 'string' && isCalendarDay(value)
    ? []
    : [{ field, message: `${label}は YYYY-MM-DD の形式の、実在する日で入力してください。` }];
}

export function periodErrors(prefix: string, start: unknown, end: unknown): FieldError[] {
  const errors = [
    ...dayError(`${prefix}periodStart`, start, '期間の開始日'),
    ...dayError(`${prefix}periodEnd`, end, '期間の終了日'),
  ];
  if (!errors.length && String(end) < String(start)) {
    errors.push({ field: `${prefix}periodEnd`, message: '期間の終了日は開始日以降の日付にしてください。' });
  }
  return errors;
}

function criterionErrors(field: string, criterion: CriterionInput): FieldError[] {
  return [
    ...requiredText(`${field}.text`, criterion.text, '職務遂行のための基準', TEXT_MAX),
    ...optionalText(`${field}.sourceName`, criterion.sourceName, '評価基準の出所', DUTY_MAX),
    ...optionalText(`${field}.code`, criterion.code, 'コード', NAME_MAX),
  ];
}

export function unitsErrors(field: string, units: readonly UnitInput[]): FieldError[] {
  if (units.length > MAX_UNITS) return [{ field, message: `能力ユニットは${MAX_UNITS}個までです。` }];
  return units.flatMap((unit, u) => [
    ...requiredText(`${field}.${u}.name`, unit.name, '能力ユニットの名称', DUTY_MAX),
    ...(unit.criteria.length > MAX_CRITERIA
      ? [{ field: `${field}.${u}.criteria`, message: `1つのユニットの基準は${MAX_CRITERIA}個までです。` }]
      : unit.criteria.flatMap((criterion, c) => criterionErrors(`${field}.${u}.criteria.${c}`, criterion))),
  ]);
}

export function ojtDutiesErrors(field: string, duties: readonly OjtDutyInput[]): FieldError[] {
  return duties.flatMap((duty, i) => [
    ...dayError(`${field}.${i}.from`, duty.from, 'Ⅰ欄の期間(開始)'),
    ...dayError(`${field}.${i}.to`, duty.to, 'Ⅰ欄の期間(終了)'),
    ...optionalText(`${field}.${i}.description`, duty.description, 'Ⅰ欄の職務内容', COMMENT_MAX),
  ]);
}

export function commentsErrors(field: string, comments: SheetCommentsInput): FieldError[] {
  return (['section1', 'section2', 'section3Basic', 'section3Special'] as const).flatMap((key) =>
    optionalText(`${field}.${key}`, comments[key], '総評・コメント', COMMENT_MAX),
  );
}

const toCriterion = (criterion: CriterionInput): SheetCriterion => ({
  text: criterion.text.trim(),
  sourceKind: criterion.sourceKind,
  sourceName: (criterion.sourceName ?? '').trim(),
  code: (criterion.code ?? '').trim(),
  bureauConfirmed: criterion.bureauConfirmed ?? false,
});

export const toUnits = (units: readonly UnitInput[]): SheetUnit[] =>
  units.map((unit) => ({
    name: unit.name.trim(),
    ...(unit.originDutyType ? { originDutyType: unit.originDutyType } : {}),
    criteria: unit.criteria.map(toCriterion),
  }));

export const toOjtDuties = (duties: readonly OjtDutyInput[]): OjtDuty[] =>
  duties.map((duty) => ({
    from: duty.from,
    to: duty.to,
    kind: duty.kind,
    description: duty.description.trim(),
  }));
