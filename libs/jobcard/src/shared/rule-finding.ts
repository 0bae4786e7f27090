/**
 * What a rule of the Job Card spec says about an input: an error blocks (the seed states a requirement), a warning the
 * consultant may acknowledge with a reason (the seed softens it: 原則として, おおむね, 程度). Spec §2.3.
 */
export type FindingSeverity = 'ERROR' | 'WARNING';

export interface RuleFinding {
  /** Stable, for the API and tests: e.g. `PLAN_HOURS_BELOW_425`. */
  readonly code: string;
  readonly severity: FindingSeverity;
  /** The input path it is about (`period.end`, `curriculum.2.hours`), or null for the whole input. */
  readonly field: string | null;
  /** In Japanese, for the user: what is wrong and the seed's rule. */
  readonly message: string;
  /** The spec's rule id (`R-TR-6`) and the seed line it rests on (`S001:182`). */
  readonly rule: string;
  readonly seed: string;
}

export const hasErrors = (findings: readonly RuleFinding[]): boolean =>
  findings.some((finding) => finding.severity === 'ERROR');

/** A finding from its parts; an error unless said otherwise. */
export function ruleFinding(
  code: string,
  field: string | null,
  message: string,
  rule: string,
  seed: string,
  severity: FindingSeverity = 'ERROR',
): RuleFinding {
  return { code, severity, field, message, rule, seed };
}
