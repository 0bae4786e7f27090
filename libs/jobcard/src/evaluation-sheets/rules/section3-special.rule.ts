import type { RuleFinding } from '../../shared/rule-finding';
import type { EvaluationSheet } from '../evaluation-sheet';
import { isCited } from './criterion-source.rule';
import { sheetFinding } from './sheet-text';

export interface SpecialCitation {
  /** III(2)'s criteria, struck ones included (striking is a rating, not a removal). */
  readonly total: number;
  readonly cited: number;
  /** The fewest cited criteria that are more than half: ⌊total / 2⌋ + 1. */
  readonly required: number;
}

/** The counts R-ES-11 compares, for the form to show as the user edits. */
export function specialCitation(sheet: EvaluationSheet): SpecialCitation {
  const criteria = sheet.section3Special.units.flatMap((unit) => unit.criteria);
  const total = criteria.length;
  return { total, cited: criteria.filter(isCited).length, required: Math.floor(total / 2) + 1 };
}

/**
 * R-ES-11: in III(2), strictly more than half of the criteria cited from a generic standard (半数を超えて引用,
 * S001:508, 702, 729), counted by criteria (2 × cited > total: exactly half is not enough); III(2) may not be empty
 * (spec [proposal]).
 */
export function checkSection3Special(sheet: EvaluationSheet): RuleFinding[] {
  const { total, cited, required } = specialCitation(sheet);
  if (total === 0) return [sheetFinding('SECTION3_SPECIAL_EMPTY', 'section3Special.units')];
  if (2 * cited > total) return [];
  return [
    sheetFinding('SECTION3_SPECIAL_NOT_MORE_THAN_HALF', 'section3Special.units', total, cited, required),
  ];
}
