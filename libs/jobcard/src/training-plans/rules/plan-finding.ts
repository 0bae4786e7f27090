// One place that builds the findings of the training-plan rules, so every finding carries its rule id and seed line.
import type { FindingSeverity, RuleFinding } from '../../shared/rule-finding';

export interface FindingSource {
  readonly code: string;
  /** Spec rule id, e.g. R-TR-6. */
  readonly rule: string;
  /** Seed line, e.g. S001:182. */
  readonly seed: string;
}

function build(
  severity: FindingSeverity,
  source: FindingSource,
  field: string | null,
  message: string,
): RuleFinding {
  return { code: source.code, severity, field, message, rule: source.rule, seed: source.seed };
}

export const planError = (source: FindingSource, field: string | null, message: string): RuleFinding =>
  build('ERROR', source, field, message);

export const planWarning = (source: FindingSource, field: string | null, message: string): RuleFinding =>
  build('WARNING', source, field, message);

/** Typed text as the rules compare it: NFKC (full-width letters and spaces folded), no surrounding whitespace. */
export const normalizedText = (text: string | null): string => (text ?? '').normalize('NFKC').trim();

/** Whether the consultant actually typed something (spaces alone are nothing). */
export const isFilled = (text: string | null): boolean => normalizedText(text) !== '';
