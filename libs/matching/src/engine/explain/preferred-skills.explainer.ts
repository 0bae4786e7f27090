import { FactorKey } from '../factor-weights';
import { skillNoun } from './explain-text';
import { missingData, type ExplainedPair, type ExplanationLines } from './explained-pair';

/** One line per preferred skill; none when the sender recorded no skill (the factor is then neutral). */
export function explainPreferredSkills({ s, r, cs, cr }: ExplainedPair): ExplanationLines {
  if (!cs.skillsKnown) {
    return cr.preferred.length > 0 ? { missing: [missingData(FactorKey.PREFERRED_SKILLS, true, false)] } : {};
  }
  const held = new Set((s.skills ?? []).map((x) => x.key));
  const reasons: string[] = [];
  const gaps: string[] = [];
  for (const skill of r.preferredSkills ?? []) {
    const noun = `歓迎${skillNoun(skill)}「${skill.label}」`;
    if (held.has(skill.key)) reasons.push(`${noun}を保有`);
    else gaps.push(`${noun}は未保有`);
  }
  return { reasons, gaps };
}
