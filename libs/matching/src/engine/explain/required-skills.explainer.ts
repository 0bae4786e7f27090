import { FactorKey } from '../factor-weights';
import { skillNoun } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** One line per required skill: held, not held, or unknown when the sender recorded no skill at all. */
export function explainRequiredSkills({ s, r, cs, cr }: ExplainedPair): ExplanationLines {
  const held = new Set((s.skills ?? []).map((x) => x.key));
  const reasons: string[] = [];
  const gaps: string[] = [];
  for (const skill of r.requiredSkills ?? []) {
    const noun = `必須${skillNoun(skill)}「${skill.label}」`;
    if (!cs.skillsKnown) gaps.push(`${noun}の保有が未確認（送出側の資格・スキル未登録）`);
    else if (held.has(skill.key)) reasons.push(`${noun}を保有`);
    else gaps.push(`${noun}が未保有`);
  }
  const missing =
    !cs.skillsKnown && cr.required.length > 0 ? [missingData(FactorKey.REQUIRED_SKILLS, true, false)] : [];
  return { reasons, gaps, missing };
}
