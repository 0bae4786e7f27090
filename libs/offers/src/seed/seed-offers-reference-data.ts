import { readSeedCsv } from '@kakehashi/database';
import { skillMatchKey } from '@kakehashi/text';
import type { DataSource, EntityManager } from 'typeorm';
import { aliasKeysOf, SkillDictionary } from '../skills/services/skill-dictionary';
import { normaliseSkillFields, type SkillValues } from '../skills/services/skill-fields';

interface SeedSkill extends SkillValues {
  matchKey: string;
}

interface StoredSkill {
  id: string;
  name: string;
  match_key: string;
  synonyms: string[];
  implies: string[];
  alias_keys: string[];
}

/**
 * Upserts the occupation major groups (by code) and the skills dictionary (by the key of the name) from prisma/seed,
 * in one transaction, recomputing each entry's alias keys. Idempotent: run after every migration; unchanged rows are
 * not touched. Synonyms and implications an administrator added to a listed entry are kept; entries only an
 * administrator made are left alone. Raw SQL because it runs on the entity-less DataSource of the CLI.
 */
export async function seedOffersReferenceData(dataSource: DataSource): Promise<Record<string, number>> {
  const occupations = readSeedCsv('occupation-major-groups.csv');
  const skills = readSkillsCsv();

  await dataSource.transaction(async (manager) => {
    for (const row of occupations) {
      await manager.query(
        `INSERT INTO "occupation_major_groups" AS t ("code", "name_ja", "name_en") VALUES ($1, $2, $3)
         ON CONFLICT ("code") DO UPDATE SET "name_ja" = EXCLUDED."name_ja", "name_en" = EXCLUDED."name_en"
         WHERE t."name_ja" IS DISTINCT FROM EXCLUDED."name_ja" OR t."name_en" IS DISTINCT FROM EXCLUDED."name_en"`,
        [row['code'], row['name_ja'], row['name_en']],
      );
    }
    await upsertSkills(manager, skills);
  });
  return { occupationMajorGroups: occupations.length, skills: skills.length };
}

/**
 * The seed's dictionary without a database (each entry's id is its name): resolves typed skills exactly as the API
 * does on a freshly seeded database. For tests and tools.
 */
export function skillDictionaryFromSeed(): SkillDictionary {
  return new SkillDictionary(
    readSkillsCsv().map((skill) => ({
      id: skill.name,
      name: skill.name,
      matchKey: skill.matchKey,
      aliasKeys: aliasKeysOf(skill),
      implies: skill.implies,
    })),
  );
}

/** The CSV's entries, validated like an administrator's input, with no alias shared and every implication known. */
function readSkillsCsv(): SeedSkill[] {
  const problems: string[] = [];
  const skills = readSeedCsv('skills.csv').map((row, index) => {
    const { values, errors } = normaliseSkillFields(
      {
        name: row['name'],
        reading: row['reading'],
        category: row['category'],
        synonyms: splitList(row['synonyms']),
        implies: splitList(row['implies']),
      },
      `skills.csv row ${index + 1} (${row['name']})`,
    );
    problems.push(...errors.map((e) => `${e.field}: ${e.message}`));
    return { ...values, matchKey: skillMatchKey(values.name) };
  });
  const owner = new Map<string, string>();
  for (const skill of skills) {
    for (const key of aliasKeysOf(skill)) {
      const other = owner.get(key);
      if (other && other !== skill.name)
        problems.push(`skills.csv: 「${skill.name}」 and 「${other}」 share the key ${key}`);
      owner.set(key, skill.name);
    }
  }
  for (const skill of skills) {
    for (const implied of skill.implies) {
      if (!owner.has(skillMatchKey(implied)))
        problems.push(`skills.csv: 「${skill.name}」 implies unknown 「${implied}」`);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return skills;
}

async function upsertSkills(manager: EntityManager, skills: SeedSkill[]): Promise<void> {
  const stored: StoredSkill[] = await manager.query(
    `SELECT "id", "name", "match_key", "synonyms", "implies", "alias_keys" FROM "skills"`,
  );
  const byKey = new Map(stored.map((s) => [s.match_key, s]));
  const seeded = new Set(skills.map((s) => s.matchKey));
  const others = stored.filter((s) => !seeded.has(s.match_key));

  for (const skill of skills) {
    const existing = byKey.get(skill.matchKey);
    const synonyms = union(skill.synonyms, existing?.synonyms ?? []);
    const implies = union(skill.implies, existing?.implies ?? []);
    const aliasKeys = aliasKeysOf({ ...skill, synonyms });
    const clash = others.find((o) => o.alias_keys.some((k) => aliasKeys.includes(k)));
    if (clash) {
      throw new Error(
        `skills.csv: 「${skill.name}」 shares a name, reading or synonym with 「${clash.name}」, which an administrator added; rename one of them`,
      );
    }
    await manager.query(
      `INSERT INTO "skills" AS t ("name", "reading", "category", "synonyms", "implies", "match_key", "alias_keys", "version")
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
       ON CONFLICT ("match_key") DO UPDATE SET
         "name" = EXCLUDED."name", "reading" = EXCLUDED."reading", "category" = EXCLUDED."category",
         "synonyms" = EXCLUDED."synonyms", "implies" = EXCLUDED."implies", "alias_keys" = EXCLUDED."alias_keys",
         "version" = t."version" + 1, "updated_at" = now()
       WHERE (t."name", t."reading", t."category", t."synonyms", t."implies", t."alias_keys")
         IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."reading", EXCLUDED."category", EXCLUDED."synonyms", EXCLUDED."implies", EXCLUDED."alias_keys")`,
      [skill.name, skill.reading, skill.category, synonyms, implies, skill.matchKey, aliasKeys],
    );
  }
}

/** A |-separated CSV list. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}
