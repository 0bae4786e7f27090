// Resolution of typed skills against the dictionary. Pure: the entries are loaded by loadSkillDictionary (one query,
// on the API's repositories or the seed's bare DataSource alike).
import { skillLabel, skillMatchKey } from '@kakehashi/text';
import type { OfferSkill } from '../../shared/offer-enums';

/** What resolution needs of a dictionary entry. */
export interface SkillDictionaryEntry {
  id: string;
  name: string;
  matchKey: string;
  aliasKeys: readonly string[];
  implies: readonly string[];
}

export class SkillDictionary {
  private readonly byAlias = new Map<string, SkillDictionaryEntry>();

  constructor(entries: readonly SkillDictionaryEntry[]) {
    // An entry's own key wins over another entry's alias (the write services keep aliases unique; this is a guard).
    for (const entry of entries)
      for (const alias of entry.aliasKeys) if (!this.byAlias.has(alias)) this.byAlias.set(alias, entry);
    for (const entry of entries) this.byAlias.set(entry.matchKey, entry);
  }

  /** The entry a typed text names (by name, reading or synonym, however spelt), if any. */
  lookup(text: string): SkillDictionaryEntry | undefined {
    return this.byAlias.get(skillMatchKey(text));
  }

  /**
   * Each text as an offer skill: a known one becomes the dictionary entry (its name and key), an unknown one keeps
   * the text with its own key. Two spellings of one skill end as one entry (first kept).
   */
  resolve(texts: readonly string[]): OfferSkill[] {
    const skills: OfferSkill[] = [];
    const seen = new Set<string>();
    for (const text of texts) {
      const entry = this.lookup(text);
      const skill: OfferSkill = entry
        ? { skillId: entry.id, label: entry.name, key: entry.matchKey }
        : { skillId: null, label: skillLabel(text), key: skillMatchKey(text) };
      if (skill.key === '' || seen.has(skill.key)) continue;
      seen.add(skill.key);
      skills.push(skill);
    }
    return skills;
  }

  /** The skills' keys plus those of every entry they imply, transitively (大型 ⇒ 中型 ⇒ 準中型 ⇒ 普通). */
  keysWithImplied(skills: readonly OfferSkill[]): string[] {
    const keys = new Set<string>();
    const visit = (key: string) => {
      if (keys.has(key)) return;
      keys.add(key);
      const entry = this.byAlias.get(key);
      if (entry?.matchKey !== key) return;
      for (const name of entry.implies) {
        const implied = this.lookup(name);
        if (implied) visit(implied.matchKey);
      }
    };
    skills.forEach((skill) => visit(skill.key));
    return [...keys];
  }
}

/** Anything that runs SQL: a DataSource, an EntityManager or a repository's manager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The active dictionary, in one query. A few hundred rows: loaded per write so an administrator's edit counts at once. */
export async function loadSkillDictionary(sql: SqlRunner): Promise<SkillDictionary> {
  const rows = (await sql.query(
    `SELECT "id", "name", "match_key" AS "matchKey", "alias_keys" AS "aliasKeys", "implies" FROM "skills" WHERE "active"`,
  )) as SkillDictionaryEntry[];
  return new SkillDictionary(rows);
}

/** The alias keys of an entry: its permanent match key, and the keys of its name, reading and synonyms. */
export function aliasKeysOf(entry: {
  matchKey: string;
  name: string;
  reading: string;
  synonyms: readonly string[];
}): string[] {
  return [
    ...new Set([entry.matchKey, ...[entry.name, entry.reading, ...entry.synonyms].map(skillMatchKey)]),
  ].filter((key) => key !== '');
}
