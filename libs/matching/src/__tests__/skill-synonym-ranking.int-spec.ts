// A synonym added to the skills dictionary reaches the live index at once: the offers that typed it are resolved
// again (offers library) and their change_xid moves, so the next ranking sees the licence held.
import { OffersModule, SkillWriteService } from '@kakehashi/offers';
import { skillMatchKey } from '@kakehashi/text';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { MatchFiltersInput } from '../matches/dtos/match-filters.input';
import { FindMatchesService } from '../matches/services/find-matches.service';
import {
  insertCompany,
  insertReceivingOffer,
  insertSendingOffer,
  matchingTestingModule,
  uniqueTag,
} from './matching-test-kit';

// 徳島 and 漁業 (B): no other matching test uses them.
const AREA: MatchFiltersInput = { prefectureCodes: ['36'], occupationCodes: ['B'] };

/** Latin letters as katakana, so a made-up name has a reading of its own. */
const kana = (tag: string) =>
  [...tag].map((c) => 'アイウエオカキクケコサシスセソタチツテトナニヌネノハ'[c.charCodeAt(0) - 97]).join('');

describe('a skill synonym and the live matching index (PostgreSQL)', () => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    moduleRef = await matchingTestingModule([OffersModule]);
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  it('ranks a receiver requiring the licence higher once the sender’s wording is a synonym of it', async () => {
    const ds = moduleRef.get(DataSource);
    const skills = moduleRef.get(SkillWriteService);
    const matches = moduleRef.get(FindMatchesService);
    const tag = uniqueTag(6);
    const licence = await skills.create({
      name: `漁船操縦免許${tag}`,
      reading: `ギョセン${kana(tag)}`,
      category: 'LICENCE',
    });
    const typed = `船の操縦${kana(tag)}`;
    const sendingId = await insertSendingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '36' }),
      officeCode: '36',
      occupationCode: 'B',
      jobTitle: `定置網漁の乗組員${tag}`,
    });
    // As the offers library stores a free-text skill: the text and its own key.
    await ds.query(`UPDATE "sending_offers" SET "skills" = $2::jsonb, "skill_keys" = $3 WHERE "id" = $1`, [
      sendingId,
      JSON.stringify([{ skillId: null, label: typed, key: skillMatchKey(typed) }]),
      [skillMatchKey(typed)],
    ]);
    const receivingId = await insertReceivingOffer(ds, {
      companyId: await insertCompany(ds, { prefectureCode: '36' }),
      officeCode: '36',
      workplacePrefectureCode: '36',
      occupationCode: 'B',
      jobTitle: `定置網漁の乗組員${tag}`,
    });
    await ds.query(
      `UPDATE "receiving_offers" SET "required_skills" = $2::jsonb, "required_skill_keys" = $3 WHERE "id" = $1`,
      [
        receivingId,
        JSON.stringify([{ skillId: licence.id, label: licence.name, key: licence.matchKey }]),
        [licence.matchKey],
      ],
    );
    const pairOf = async () => {
      const result = await matches.forSendingOffer(sendingId, 20, AREA);
      const pair = result.items.find((item) => item.receivingOfferId === receivingId);
      if (!pair) throw new Error('the receiver must be ranked');
      return pair;
    };
    const before = await pairOf();
    expect(before.gaps.join('\n')).toContain(licence.name);

    await skills.update({ id: licence.id, expectedVersion: licence.version, synonyms: [typed] });

    const after = await pairOf();
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.gaps.join('\n')).not.toContain(licence.name);
    expect(after.reasons.join('\n')).toContain(licence.name);
  });
});
