import type { OfferSkill } from '@kakehashi/offers';
import { NEUTRAL, verdict, type FactorScorer } from './factor';

export const skillNoun = (s: OfferSkill) => `「${s.label}」`;

/** Required licences and skills: the share held; unknown when the registrant registered none (a gap, not a note). */
export const requiredSkillsFactor: FactorScorer = (registrant, opening) => {
  if (opening.requiredSkills.length === 0) return verdict(1);
  const held = new Set(registrant.skillKeys);
  if (held.size === 0)
    return verdict(NEUTRAL, {
      gaps: [
        `必須資格・スキル${opening.requiredSkills.map(skillNoun).join('')}の保有が未確認（資格・スキル未登録）`,
      ],
    });
  const covered = opening.requiredSkills.filter((s) => held.has(s.key));
  const reasons: string[] = [];
  const gaps: string[] = [];
  for (const s of opening.requiredSkills) {
    if (held.has(s.key)) reasons.push(`必須資格・スキル${skillNoun(s)}を保有`);
    else gaps.push(`必須資格・スキル${skillNoun(s)}が未保有`);
  }
  return verdict(covered.length / opening.requiredSkills.length, { reasons, gaps });
};
