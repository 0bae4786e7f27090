import type { ExplainedPair, ExplanationLines } from './explained-pair';

/** Information only, no factor: most established secondments cross industries. */
export function explainIndustry({ s, r, names }: ExplainedPair): ExplanationLines {
  if (s.jsicMajorCode && r.jsicMajorCode && s.jsicMajorCode !== r.jsicMajorCode) {
    return {
      notes: [`異業種間のマッチ（${names.industry(s.jsicMajorCode)} → ${names.industry(r.jsicMajorCode)}）`],
    };
  }
  return {};
}
