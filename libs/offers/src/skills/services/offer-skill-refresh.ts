// When the dictionary changes, the offers that name an edited entry by any of its spellings are resolved again, so
// matching sees the change at once (a synonym added makes a free-text skill the entry, with what it implies) instead
// of when each offer is next saved.
import type { OfferSkill } from '../../shared/offer-enums';
import { resolveReceivingSkills, resolveSendingSkills } from './offer-skills';
import { loadSkillDictionary, type SqlRunner } from './skill-dictionary';

export interface RefreshedOffers {
  sending: number;
  receiving: number;
}

const labelsOf = (skills: readonly OfferSkill[]) => skills.map((skill) => skill.label);
// jsonb returns an object's keys in its own order: compare the values, not the text.
const skillTuples = (skills: readonly OfferSkill[]) => skills.map((s) => [s.skillId ?? null, s.label, s.key]);
const sameSkills = (a: readonly OfferSkill[], b: readonly OfferSkill[]) =>
  JSON.stringify(skillTuples(a)) === JSON.stringify(skillTuples(b));
const sameKeys = (a: readonly string[], b: readonly string[]) => a.join('\u0000') === b.join('\u0000');

/**
 * Re-resolves, in the caller's transaction, every offer holding one of `keys` (an entry's alias keys before and after
 * the edit). Only the derived columns change, not the offer's version: what the consultant typed (the labels) is
 * resolved again exactly as their next save would, so an edit they have open loses nothing. The offers' change_xid
 * trigger tells every live matching index.
 */
export async function refreshOfferSkills(sql: SqlRunner, keys: readonly string[]): Promise<RefreshedOffers> {
  if (keys.length === 0) return { sending: 0, receiving: 0 };
  const dictionary = await loadSkillDictionary(sql);
  const sendingRows = (await sql.query(
    `SELECT "id", "skills", "skill_keys" AS "skillKeys" FROM "sending_offers" WHERE "skill_keys" && $1::text[]`,
    [keys],
  )) as { id: string; skills: OfferSkill[]; skillKeys: string[] }[];
  let sending = 0;
  for (const row of sendingRows) {
    const next = resolveSendingSkills(dictionary, labelsOf(row.skills));
    if (sameSkills(next.skills, row.skills) && sameKeys(next.skillKeys, row.skillKeys)) continue;
    await sql.query(`UPDATE "sending_offers" SET "skills" = $2::jsonb, "skill_keys" = $3 WHERE "id" = $1`, [
      row.id,
      JSON.stringify(next.skills),
      next.skillKeys,
    ]);
    sending += 1;
  }
  const receivingRows = (await sql.query(
    `SELECT "id", "required_skills" AS "requiredSkills", "required_skill_keys" AS "requiredSkillKeys",
            "preferred_skills" AS "preferredSkills", "preferred_skill_keys" AS "preferredSkillKeys"
       FROM "receiving_offers" WHERE "required_skill_keys" && $1::text[] OR "preferred_skill_keys" && $1::text[]`,
    [keys],
  )) as ({ id: string } & ReturnType<typeof resolveReceivingSkills>)[];
  let receiving = 0;
  for (const row of receivingRows) {
    const { id, ...stored } = row;
    const next = resolveReceivingSkills(
      dictionary,
      labelsOf(stored.requiredSkills),
      labelsOf(stored.preferredSkills),
    );
    const unchanged =
      sameSkills(next.requiredSkills, stored.requiredSkills) &&
      sameKeys(next.requiredSkillKeys, stored.requiredSkillKeys) &&
      sameSkills(next.preferredSkills, stored.preferredSkills) &&
      sameKeys(next.preferredSkillKeys, stored.preferredSkillKeys);
    if (unchanged) continue;
    await sql.query(
      `UPDATE "receiving_offers" SET "required_skills" = $2::jsonb, "required_skill_keys" = $3,
              "preferred_skills" = $4::jsonb, "preferred_skill_keys" = $5 WHERE "id" = $1`,
      [
        id,
        JSON.stringify(next.requiredSkills),
        next.requiredSkillKeys,
        JSON.stringify(next.preferredSkills),
        next.preferredSkillKeys,
      ],
    );
    receiving += 1;
  }
  return { sending, receiving };
}
