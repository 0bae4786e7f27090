// The RETRY catalogue through the API (spec §8, §9.5): the menus as reference data, suggestions for a person, the
// menus that close a match's missing skill and licence (read from the match's gaps and the sending offer's people),
// and a programme noted for a case's secondee (SUGGESTED, then TAKEN, version-checked) and for a registrant.
import { uniqueTag } from '@kakehashi/testing';
import { insertOfferPair, openCase } from '../../__tests__/case-fixtures';
import {
  ok,
  reasonOf,
  registerRegistrant,
  staff,
  startKit,
  type JobcardKit,
  type Staff,
} from '../../__tests__/jobcard-kit';

const MATCHES = `query ($id: ID!) {
  matchesForSendingOffer(id: $id, first: 50, filters: { prefectureCodes: ["45"] }) {
    items { receivingOfferId gaps retryMenus { menu { id title } reason gapItems } }
  }
}`;
const REVERSE = `query ($id: ID!) {
  matchesForReceivingOffer(id: $id, first: 50) { items { sendingOfferId retryMenus { menu { id } gapItems } } }
}`;
const NOTE = `mutation ($input: NoteRetryProgrammeInput!) {
  noteRetryProgramme(input: $input) { id menuId status note notedOn version caseId registrantId menu { title } }
}`;

interface Suggestion {
  menu: { id: string; title?: string };
  reason?: string;
  gapItems: string[];
}

describe('RETRY through the API', () => {
  let kit: JobcardKit;
  let people: Staff;

  beforeAll(async () => {
    kit = await startKit('2026-02-01');
    people = await staff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('serves the catalogue: 8 menus of the RETRY project, provisional names', async () => {
    const catalogue = ok(
      await kit.gql<{
        retryMenus: {
          project: { projectCount: number; contactExtension: string };
          menus: { id: string; title: string }[];
        };
      }>(people.admin, '{ retryMenus { project { projectCount contactExtension } menus { id title } } }'),
    ).retryMenus;
    expect(catalogue.project).toEqual({ projectCount: 8, contactExtension: '5390' });
    expect(catalogue.menus).toHaveLength(8);
    expect(catalogue.menus[0]).toEqual({ id: 'WOMEN_INTERNSHIP', title: 'インターンシップ型（仮称）' });
  });

  it('EX-RT-1a: suggests 技術系型 and ものづくり技術者の高度IT技術習得型 to a 62-year-old production engineer', async () => {
    const found = ok(
      await kit.gql<{ retryMenusForPerson: Suggestion[] }>(
        people.tokyo,
        `query ($input: RetryPersonInput!) { retryMenusForPerson(input: $input) { menu { id } reason gapItems } }`,
        { input: { age: 62, careerKind: 'MANUFACTURING_ENGINEER' } },
      ),
    ).retryMenusForPerson;
    expect(found.map((s) => s.menu.id)).toEqual(['MIDCAREER_TECHNICAL', 'IT_FOR_MANUFACTURING']);
  });

  it('offers, for a match missing a skill and a licence, the menus that close them, for the offer’s people', async () => {
    const tag = uniqueTag();
    const pair = await insertOfferPair(kit.dataSource, {
      sendingOfficeCode: '45',
      receivingOfficeCode: '45',
      prefectureCode: '45',
      occupationCode: 'H',
      jobTitle: `金型プレス加工 ${tag}`,
      ageBand: 'FROM_50_TO_59',
      sendingSkills: ['玉掛け技能講習'],
      requiredSkills: ['Python', 'フォークリフト運転技能'],
    });
    const item = await waitForItem(kit, people.hq, pair.sendingOfferId, pair.receivingOfferId);
    expect(item.gaps).toEqual(
      expect.arrayContaining(['必須スキル「Python」が未保有', '必須資格「フォークリフト運転技能」が未保有']),
    );
    expect(item.retryMenus.map((s) => [s.menu.id, s.gapItems])).toEqual([
      ['IT_FOR_MANUFACTURING', ['Python']],
      ['MIDCAREER_TECHNICAL', ['フォークリフト運転技能']],
    ]);
    expect(item.retryMenus[0].reason).toContain('「Python」を習得できます');

    const reverse = ok(
      await kit.gql<{
        matchesForReceivingOffer: { items: { sendingOfferId: string; retryMenus: Suggestion[] }[] };
      }>(people.hq, REVERSE, { id: pair.receivingOfferId }),
    ).matchesForReceivingOffer.items.find((i) => i.sendingOfferId === pair.sendingOfferId);
    expect(reverse?.retryMenus.map((s) => s.menu.id)).toEqual([
      'IT_FOR_MANUFACTURING',
      'MIDCAREER_TECHNICAL',
    ]);

    // The consultant suggests the menu on the case opened for the pair, then notes it as taken.
    const kase = ok(
      await kit.gql<{ createCase: { id: string } }>(
        people.hq,
        `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
        {
          input: {
            sendingOfferId: pair.sendingOfferId,
            receivingOfferId: pair.receivingOfferId,
            moveType: 'SECONDMENT',
          },
        },
      ),
    ).createCase;
    const suggested = ok(
      await kit.gql<{ noteRetryProgramme: { id: string; version: number; status: string } }>(
        people.hq,
        NOTE,
        {
          input: {
            caseId: kase.id,
            menuId: 'IT_FOR_MANUFACTURING',
            status: 'SUGGESTED',
            note: 'Python の不足に',
          },
        },
      ),
    ).noteRetryProgramme;
    expect(suggested.status).toBe('SUGGESTED');
    const again = await kit.gql(people.hq, NOTE, {
      input: { caseId: kase.id, menuId: 'IT_FOR_MANUFACTURING', status: 'TAKEN' },
    });
    expect(reasonOf(again)).toBe('STALE_VERSION');
    const taken = ok(
      await kit.gql<{ noteRetryProgramme: { id: string; version: number; status: string; notedOn: string } }>(
        people.hq,
        NOTE,
        {
          input: {
            caseId: kase.id,
            menuId: 'IT_FOR_MANUFACTURING',
            status: 'TAKEN',
            note: '受講済み',
            version: suggested.version,
          },
        },
      ),
    ).noteRetryProgramme;
    expect(taken).toMatchObject({
      id: suggested.id,
      status: 'TAKEN',
      version: suggested.version + 1,
      notedOn: '2026-02-01',
    });
    const onCase = ok(
      await kit.gql<{ case: { retryNotes: { menuId: string; status: string; note: string }[] } }>(
        people.hq,
        `query ($id: ID!) { case(id: $id) { retryNotes { menuId status note } } }`,
        { id: kase.id },
      ),
    ).case.retryNotes;
    expect(onCase).toEqual([{ menuId: 'IT_FOR_MANUFACTURING', status: 'TAKEN', note: '受講済み' }]);
    expect(
      reasonOf(
        await kit.gql(people.osaka, NOTE, {
          input: { caseId: kase.id, menuId: 'IT_UPDATE', status: 'SUGGESTED' },
        }),
      ),
    ).toBe('NOT_IN_SCOPE');
  });

  it("notes a programme on a registrant's record, read with the registrant", async () => {
    const registered = { id: await registerRegistrant(kit, people.tokyo) };
    const noted = ok(
      await kit.gql<{ noteRetryProgramme: { registrantId: string; caseId: string | null } }>(
        people.tokyo,
        NOTE,
        {
          input: { registrantId: registered.id, menuId: 'MIDCAREER_OFFICE', status: 'SUGGESTED' },
        },
      ),
    ).noteRetryProgramme;
    expect(noted).toMatchObject({ registrantId: registered.id, caseId: null });
    const read = ok(
      await kit.gql<{ talentBankRegistrant: { retryNotes: { menuId: string; status: string }[] } }>(
        people.tokyo,
        `query ($id: ID!) { talentBankRegistrant(id: $id) { retryNotes { menuId status } } }`,
        { id: registered.id },
      ),
    ).talentBankRegistrant.retryNotes;
    expect(read).toEqual([{ menuId: 'MIDCAREER_OFFICE', status: 'SUGGESTED' }]);
    expect(
      reasonOf(
        await kit.gql(people.osaka, NOTE, {
          input: { registrantId: registered.id, menuId: 'IT_UPDATE', status: 'SUGGESTED' },
        }),
      ),
    ).toBe('NOT_IN_SCOPE');
    const both = await kit.gql(people.tokyo, NOTE, {
      input: {
        registrantId: registered.id,
        caseId: (await openCase(kit, people.hq, 'TRANSFER')).caseId,
        menuId: 'IT_UPDATE',
        status: 'SUGGESTED',
      },
    });
    expect(reasonOf(both)).toBe('INVALID_INPUT');
  });
});

type MatchItem = { receivingOfferId: string; gaps: string[]; retryMenus: Suggestion[] };

/** The live index picks new offers up from their change marks; waits until the pair is ranked. */
async function waitForItem(
  kit: JobcardKit,
  user: Parameters<JobcardKit['gql']>[0],
  sendingOfferId: string,
  receivingOfferId: string,
): Promise<MatchItem> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await kit.gql<{ matchesForSendingOffer: { items: MatchItem[] } }>(user, MATCHES, {
      id: sendingOfferId,
    });
    const item = response.data?.matchesForSendingOffer.items.find(
      (i) => i.receivingOfferId === receivingOfferId,
    );
    if (item) return item;
    if (Date.now() > deadline)
      throw new Error(`not ranked: ${JSON.stringify(response.errors ?? response.data)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
