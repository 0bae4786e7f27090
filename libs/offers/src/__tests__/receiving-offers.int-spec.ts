import { Role } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import { skillMatchKey } from '@kakehashi/text';
import type { TestingModule } from '@nestjs/testing';
import { OfferExceptionCode } from '../offer.exception';
import { MoveType, OfferStatus, ShiftPattern } from '../shared/offer-enums';
import {
  countRows,
  createCompany,
  officeId,
  offersTestingModule,
  offerServices,
  receivingInput,
  rejection,
  sendingInput,
  staffUser,
  type OfferServices,
} from './test-kit';

describe('receiving information (services on PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let s: OfferServices;
  let aichiConsultant: ReturnType<typeof staffUser>;
  let tokyoConsultant: ReturnType<typeof staffUser>;
  let admin: ReturnType<typeof staffUser>;

  beforeAll(async () => {
    moduleRef = await offersTestingModule();
    s = offerServices(moduleRef);
    aichiConsultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '23'));
    tokyoConsultant = staffUser(Role.CONSULTANT, await officeId(s.dataSource, '13'));
    admin = staffUser(Role.ADMIN);
  });
  afterAll(() => moduleRef.close());

  const aichiCompany = () => createCompany(s.dataSource, { officeCode: '23' });

  it('stores an offer with its move types, all places open, and requirements not widened by implications', async () => {
    const company = await aichiCompany();
    const offer = await s.receivingWrites.create(
      aichiConsultant,
      receivingInput(company.id, {
        moveTypes: [MoveType.TRANSFER, MoveType.SECONDMENT],
        peopleWanted: 4,
        requiredSkills: ['大型免許', 'ﾌｫｰｸﾘﾌﾄ'],
        preferredSkills: ['玉掛け', 'フォークリフト運転技能講習修了', 'ﾄﾞﾛｰﾝ操縦'],
        shiftPattern: ShiftPattern.DAY,
        workplacePrefectureCode: '23',
        workplaceCity: '名古屋市港区',
        periodMonths: 6,
      }),
    );
    expect(offer).toMatchObject({
      owningOfficeId: company.owningOfficeId,
      acceptsSecondment: true,
      acceptsTransfer: true,
      peopleWanted: 4,
      peopleRemaining: 4,
      status: OfferStatus.OPEN,
      shiftPattern: ShiftPattern.DAY,
      workplaceCity: '名古屋市港区',
    });
    expect(offer.requiredSkillKeys).toEqual(
      ['大型自動車第一種運転免許', 'フォークリフト運転技能'].map(skillMatchKey),
    );
    // The forklift typed again as preferred is already required; the preferred list keeps the rest.
    expect(offer.preferredSkills.map((skill) => skill.label)).toEqual(['玉掛け技能講習', 'ドローン操縦']);
    expect(offer.preferredSkillKeys).toEqual(['玉掛け技能講習', 'ドローン操縦'].map(skillMatchKey));
  });

  it('ends with the same key for two spellings of a skill, on either side', async () => {
    const company = await aichiCompany();
    const sending = await s.sendingWrites.create(
      aichiConsultant,
      sendingInput(company.id, { skills: ['ﾌｫｰｸﾘﾌﾄ運転技能', 'ﾄﾞﾛｰﾝ 操縦'] }),
    );
    const receiving = await s.receivingWrites.create(
      aichiConsultant,
      receivingInput(company.id, { requiredSkills: ['ふぉーくりふと 運転技能', 'どろーん操縦'] }),
    );
    expect(receiving.requiredSkillKeys).toEqual(sending.skills.map((skill) => skill.key));
    expect(sending.skillKeys).toEqual(expect.arrayContaining(receiving.requiredSkillKeys));
  });

  it('reports every bad field at once, including no move type and an unknown workplace, and stores nothing', async () => {
    const company = await aichiCompany();
    const error = await rejection(
      s.receivingWrites.create(
        aichiConsultant,
        receivingInput(company.id, {
          moveTypes: [],
          peopleWanted: 0,
          periodMonths: 0,
          workplacePrefectureCode: '99',
          occupationCode: 'M',
          minExperienceYears: -1,
          monthlyWage: -100,
          jobTitle: '',
        }),
      ),
    );
    expect(error.fields.map((f) => f.field).sort()).toEqual(
      [
        'input.moveTypes',
        'input.peopleWanted',
        'input.periodMonths',
        'input.workplacePrefectureCode',
        'input.occupationCode',
        'input.minExperienceYears',
        'input.monthlyWage',
        'input.jobTitle',
      ].sort(),
    );
    expect(error.fields.find((f) => f.field === 'input.moveTypes')?.message).toBe(
      '受入れ可能な形態(在籍型出向・移籍)を1つ以上選択してください。',
    );
    expect(await countRows(s.dataSource, 'receiving_offers', company.id)).toBe(0);
  });

  it('refuses a consultant naming another office’s company, and forbids editing another office’s offer', async () => {
    const company = await aichiCompany();
    const refused = await rejection(s.receivingWrites.create(tokyoConsultant, receivingInput(company.id)));
    expect(refused.fields).toEqual([
      { field: 'input.companyId', message: expect.stringContaining('愛知事務所') },
    ]);
    expect(await countRows(s.dataSource, 'receiving_offers', company.id)).toBe(0);

    const offer = await s.receivingWrites.create(admin, receivingInput(company.id));
    const forbidden = await rejection(
      s.receivingWrites.update(tokyoConsultant, {
        id: offer.id,
        expectedVersion: offer.version,
        notes: '東京から',
      }),
    );
    expect(forbidden.code).toBe(OfferExceptionCode.OUTSIDE_OFFICE_SCOPE);
    expect(forbidden.message).toContain('愛知事務所');
    const edited = await s.receivingWrites.update(aichiConsultant, {
      id: offer.id,
      expectedVersion: offer.version,
      moveTypes: [MoveType.TRANSFER],
    });
    expect(edited).toMatchObject({
      acceptsSecondment: false,
      acceptsTransfer: true,
      version: offer.version + 1,
    });
  });

  it('keeps the places already filled when the wanted count changes', async () => {
    const company = await aichiCompany();
    const offer = await s.receivingWrites.create(
      aichiConsultant,
      receivingInput(company.id, { peopleWanted: 4 }),
    );
    await s.dataSource.query(
      `UPDATE "receiving_offers" SET "people_remaining" = 1, "version" = "version" + 1 WHERE "id" = $1`,
      [offer.id],
    );
    const error = await rejection(
      s.receivingWrites.update(aichiConsultant, { id: offer.id, expectedVersion: 2, peopleWanted: 2 }),
    );
    expect(error.fields).toEqual([
      { field: 'input.peopleWanted', message: expect.stringContaining('既に3人が成立') },
    ]);
    const raised = await s.receivingWrites.update(aichiConsultant, {
      id: offer.id,
      expectedVersion: 2,
      peopleWanted: 6,
    });
    expect(raised).toMatchObject({ peopleWanted: 6, peopleRemaining: 3 });
  });

  it('lets one of two concurrent edits win and answers the other with CONFLICT', async () => {
    const company = await aichiCompany();
    const offer = await s.receivingWrites.create(aichiConsultant, receivingInput(company.id));
    // Two connections, so the edits really overlap: the row lock keeps them apart, not the turns of one connection.
    const parallel = await offersTestingModule({ poolSize: testPoolSize(2) });
    const writes = offerServices(parallel).receivingWrites;
    const results = await Promise.allSettled(
      [2, 5].map((peopleWanted) =>
        writes.update(aichiConsultant, { id: offer.id, expectedVersion: 1, peopleWanted }),
      ),
    ).finally(() => parallel.close());
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code),
    ).toEqual([OfferExceptionCode.STALE_VERSION]);
  });
});
