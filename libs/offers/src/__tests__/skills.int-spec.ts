import { Role } from '@kakehashi/authz';
import { skillMatchKey } from '@kakehashi/text';
import type { TestingModule } from '@nestjs/testing';
import { SkillException, SkillExceptionCode } from '../skills/skill.exception';
import { SkillCategory } from '../skills/skill.entity';
import {
  createCompany,
  officeId,
  offersTestingModule,
  offerServices,
  receivingInput,
  sendingInput,
  staffUser,
  uniqueTag,
  type OfferServices,
} from './test-kit';

async function refusal(promise: Promise<unknown>): Promise<SkillException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SkillException) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

/** A made-up skill name unique to one test; the tag in katakana keeps the reading unique too. */
function uniqueSkill(): { name: string; reading: string } {
  const tag = uniqueTag(6);
  const kana = [...tag]
    .map((c) => 'アイウエオカキクケコサシスセソタチツテトナニヌネノハ'[c.charCodeAt(0) - 97])
    .join('');
  return { name: `試験技能${tag}`, reading: `シケンギノウ${kana}` };
}

describe('the skills dictionary (services on PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let s: OfferServices;

  beforeAll(async () => {
    moduleRef = await offersTestingModule();
    s = offerServices(moduleRef);
  });
  afterAll(() => moduleRef.close());

  const search = async (text: string, category?: SkillCategory) =>
    (await s.skillSearch.list({ search: text, category }, { first: 100 })).edges.map((e) => e.node.name);

  it('finds an entry by name, reading or synonym, however it is typed', async () => {
    expect(await search('ﾌｫｰｸﾘﾌﾄ')).toContain('フォークリフト運転技能');
    expect(await search('ふぉーくりふと')).toContain('フォークリフト運転技能');
    expect(await search('普通免許')).toContain('普通自動車第一種運転免許');
    expect(await search('ＴＯＥＩＣ')).toContain('TOEIC');
    expect(await search('簿記', SkillCategory.QUALIFICATION)).toEqual(
      expect.arrayContaining(['日商簿記1級', '日商簿記2級', '日商簿記3級']),
    );
    expect(await search('簿記', SkillCategory.LICENCE)).toEqual([]);
  });

  it('pages through the whole dictionary by reading without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await s.skillSearch.list({}, { first: 40, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBeGreaterThanOrEqual(80);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('adds an entry that offers then resolve to, with its implications', async () => {
    const { name, reading } = uniqueSkill();
    const skill = await s.skillWrites.create({
      name,
      reading,
      category: 'SKILL',
      synonyms: [`${name}の略称`],
      implies: ['普通免許'],
    });
    expect(skill).toMatchObject({ name, matchKey: skillMatchKey(name), active: true, version: 1 });
    const company = await createCompany(s.dataSource, { officeCode: '13' });
    const consultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '13'));
    const offer = await s.sendingWrites.create(
      consultant,
      sendingInput(company.id, { skills: [`${name}の略称`] }),
    );
    expect(offer.skills).toEqual([{ skillId: skill.id, label: name, key: skill.matchKey }]);
    expect(offer.skillKeys).toEqual([skill.matchKey, skillMatchKey('普通自動車第一種運転免許')]);
  });

  it('resolves the offers already saved again when a synonym is added: the free text becomes the entry, with its implications', async () => {
    const { name, reading } = uniqueSkill();
    const skill = await s.skillWrites.create({ name, reading, category: 'LICENCE', implies: ['普通免許'] });
    const typed = `${name}の通称`;
    const company = await createCompany(s.dataSource, { officeCode: '13' });
    const consultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '13'));
    const sending = await s.sendingWrites.create(
      consultant,
      sendingInput(company.id, { skills: [typed, 'NC旋盤'] }),
    );
    const receiving = await s.receivingWrites.create(
      consultant,
      receivingInput(company.id, { requiredSkills: [typed], preferredSkills: [] }),
    );
    expect(sending.skills[0]).toEqual({ skillId: null, label: typed, key: skillMatchKey(typed) });
    const readXid = async (table: string, id: string) =>
      (
        await s.dataSource.query(
          `SELECT "change_xid"::text AS x, "version" FROM "${table}" WHERE "id" = $1`,
          [id],
        )
      )[0];
    const before = await readXid('sending_offers', sending.id);

    await s.skillWrites.update({ id: skill.id, expectedVersion: skill.version, synonyms: [typed] });

    const [stored] = await s.dataSource.query(
      `SELECT "skills", "skill_keys" FROM "sending_offers" WHERE "id" = $1`,
      [sending.id],
    );
    expect(stored.skills[0]).toEqual({ skillId: skill.id, label: name, key: skill.matchKey });
    expect(stored.skill_keys).toEqual(
      expect.arrayContaining([
        skill.matchKey,
        skillMatchKey('普通自動車第一種運転免許'),
        skillMatchKey('NC旋盤'),
      ]),
    );
    const after = await readXid('sending_offers', sending.id);
    // A new change_xid is what the live matching indexes read; the version (the consultant's edits) stays.
    expect(BigInt(after.x)).toBeGreaterThan(BigInt(before.x));
    expect(after.version).toBe(before.version);
    const [required] = await s.dataSource.query(
      `SELECT "required_skills", "required_skill_keys" FROM "receiving_offers" WHERE "id" = $1`,
      [receiving.id],
    );
    expect(required.required_skill_keys).toEqual([skill.matchKey]);
    expect(required.required_skills[0].label).toBe(name);
  });

  it('refuses a name, reading or synonym another entry already uses, an unknown implication and a bad reading', async () => {
    const { name, reading } = uniqueSkill();
    const error = await refusal(
      s.skillWrites.create({
        name,
        reading,
        category: 'LICENCE',
        synonyms: ['ﾌｫｰｸﾘﾌﾄ'],
        implies: ['存在しない資格'],
      }),
    );
    expect(error.code).toBe(SkillExceptionCode.INVALID_INPUT);
    expect(error.fields).toEqual([
      { field: 'input.synonyms.0', message: expect.stringContaining('「フォークリフト運転技能」') },
      { field: 'input.implies.0', message: '包含する項目「存在しない資格」は辞書にありません。' },
    ]);
    const duplicateName = await refusal(
      s.skillWrites.create({ name: '税理士 ', reading: 'ゼイリシ', category: 'QUALIFICATION' }),
    );
    expect(duplicateName.fields.map((f) => f.field)).toEqual(['input.name', 'input.reading']);
    const badReading = await refusal(
      s.skillWrites.create({ name: uniqueSkill().name, reading: 'abc', category: 'SKILL' }),
    );
    expect(badReading.fields).toEqual([
      { field: 'input.reading', message: '読みはカタカナまたはひらがなで入力してください。' },
    ]);
  });

  it('keeps the match key when an entry is renamed, so the old name still resolves; a stale edit gets CONFLICT', async () => {
    const { name, reading } = uniqueSkill();
    const skill = await s.skillWrites.create({ name, reading, category: 'SKILL' });
    const renamed = await s.skillWrites.update({ id: skill.id, expectedVersion: 1, name: `${name}改` });
    expect(renamed).toMatchObject({ name: `${name}改`, matchKey: skill.matchKey, version: 2 });
    expect(await search(name)).toContain(`${name}改`);
    const stale = await refusal(
      s.skillWrites.update({ id: skill.id, expectedVersion: 1, synonyms: ['古い版'] }),
    );
    expect(stale).toMatchObject({ code: SkillExceptionCode.STALE_VERSION, details: { currentVersion: 2 } });
  });

  it('hides an inactive entry from search and from resolution', async () => {
    const { name, reading } = uniqueSkill();
    const skill = await s.skillWrites.create({ name, reading, category: 'SKILL' });
    await s.skillWrites.update({ id: skill.id, expectedVersion: 1, active: false });
    expect(await search(name)).toEqual([]);
    const all = await s.skillSearch.list({ search: name, includeInactive: true }, { first: 5 });
    expect(all.edges.map((e) => e.node.active)).toEqual([false]);
    const company = await createCompany(s.dataSource, { officeCode: '13' });
    const consultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '13'));
    const offer = await s.sendingWrites.create(consultant, sendingInput(company.id, { skills: [reading] }));
    expect(offer.skills[0].skillId).toBeNull();
  });
});
