// How each kind of offer stores its skills. A sending offer holds what its people have, so the licences they imply
// count too (大型 ⇒ 普通); a receiving offer's requirement is not widened: keys only.
import type { OfferSkill } from '../../shared/offer-enums';
import type { SkillDictionary } from './skill-dictionary';

export function resolveSendingSkills(
  dictionary: SkillDictionary,
  texts: readonly string[],
): { skills: OfferSkill[]; skillKeys: string[] } {
  const skills = dictionary.resolve(texts);
  return { skills, skillKeys: dictionary.keysWithImplied(skills) };
}

export function resolveReceivingSkills(
  dictionary: SkillDictionary,
  requiredTexts: readonly string[],
  preferredTexts: readonly string[],
): {
  requiredSkills: OfferSkill[];
  requiredSkillKeys: string[];
  preferredSkills: OfferSkill[];
  preferredSkillKeys: string[];
} {
  const requiredSkills = dictionary.resolve(requiredTexts);
  const requiredKeys = new Set(requiredSkills.map((s) => s.key));
  // A skill both required and preferred is required.
  const preferredSkills = dictionary.resolve(preferredTexts).filter((skill) => !requiredKeys.has(skill.key));
  return {
    requiredSkills,
    requiredSkillKeys: requiredSkills.map((s) => s.key),
    preferredSkills,
    preferredSkillKeys: preferredSkills.map((s) => s.key),
  };
}
