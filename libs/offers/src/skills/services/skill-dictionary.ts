// Resolution of typed skills against the dictionary. Pure: the entries are loaded by loadSkillDictionary (one query,
// on the API's repositories or the seed's bare DataSource alike).
import { skillLabel, skillMatchKey } from '@kakehashi/text';
import type { OfferSkill } from '../../shared/offer-enums';
import { canonicalSkillKey, namesOneSkill, scoreOf, variantKeys } from './skill-variants';

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
  /** Canonical spellings of every alias (skill-variants); null where two entries share one (then none wins). */
  private readonly byVariant = new Map<string, SkillDictionaryEntry | null>();
  /** Entries that are score levels of a test (TOEIC 800点以上 → toeic, 800), by test, highest first. */
  private readonly scoreLevels = new Map<string, { score: number; entry: SkillDictionaryEntry }[]>();

  constructor(entries: readonly SkillDictionaryEntry[]) {
    // An entry's own key wins over another entry's alias (the write services keep aliases unique; this is a guard).
    for (const entry of entries)
      for (const alias of entry.aliasKeys) if (!this.byAlias.has(alias)) this.byAlias.set(alias, entry);
    for (const entry of entries) this.byAlias.set(entry.matchKey, entry);
    for (const entry of entries) {
      for (const alias of new Set([entry.matchKey, ...entry.aliasKeys].map(canonicalSkillKey))) {
        if (!namesOneSkill(alias)) continue;
        const other = this.byVariant.get(alias);
        this.byVariant.set(alias, other === undefined || other === entry ? entry : null);
      }
      this.addScoreLevel(entry);
    }
    for (const levels of this.scoreLevels.values()) levels.sort((a, b) => b.score - a.score);
  }

  private addScoreLevel(entry: SkillDictionaryEntry): void {
    if (!entry.matchKey.endsWith('以上')) return;
    const level = scoreOf(canonicalSkillKey(entry.matchKey));
    if (!level) return;
    const levels = this.scoreLevels.get(level.test) ?? [];
    levels.push({ score: level.score, entry });
    this.scoreLevels.set(level.test, levels);
  }

  /**
   * The entry a typed text names (by name, reading or synonym, however spelt), if any; failing that, the entry a
   * common variant of it names (大型二種免許, 2級ファイナンシャル・プランニング技能士, TOEIC 800点以上).
   */
  lookup(text: string): SkillDictionaryEntry | undefined {
    const key = skillMatchKey(text);
    const exact = this.byAlias.get(key);
    if (exact) return exact;
    for (const variant of variantKeys(key)) {
      const entry = this.byVariant.get(variant);
      if (entry) return entry;
    }
    return undefined;
  }

  /** For a held score that is no level of its own (TOEIC 850点), the highest level it reaches (TOEIC 800点以上). */
  private levelReached(key: string): SkillDictionaryEntry | undefined {
    const held = scoreOf(canonicalSkillKey(key));
    if (!held) return undefined;
    return this.scoreLevels.get(held.test)?.find((level) => level.score <= held.score)?.entry;
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

  /**
   * The skills' keys plus those of every entry they imply, transitively (大型 ⇒ 中型 ⇒ 準中型 ⇒ 普通); a score
   * typed as held (TOEIC 850点) implies the highest level it reaches (TOEIC 800点以上) and what that implies.
   */
  keysWithImplied(skills: readonly OfferSkill[]): string[] {
    const keys = new Set<string>();
    const visit = (key: string) => {
      if (keys.has(key)) return;
      keys.add(key);
      const entry = this.byAlias.get(key);
      if (entry === undefined) {
        const level = this.levelReached(key);
        if (level) visit(level.matchKey);
        return;
      }
      if (entry.matchKey !== key) return;
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
