import { NEUTRAL, verdict, type FactorScorer } from './factor';
import { skillNoun } from './required-skills.factor';

/** Preferred licences and skills only add: neutral without any, up to 1 with all of them. */
export const preferredSkillsFactor: FactorScorer = (registrant, opening) => {
  const held = new Set(registrant.skillKeys);
  if (opening.preferredSkills.length === 0 || held.size === 0) return verdict(NEUTRAL);
  const covered = opening.preferredSkills.filter((s) => held.has(s.key));
  return verdict(NEUTRAL + NEUTRAL * (covered.length / opening.preferredSkills.length), {
    reasons: covered.map((s) => `歓迎資格・スキル${skillNoun(s)}を保有`),
  });
};
