import { DEMO_PASSWORD } from '@kakehashi/platform';
import { errorCode, graphql, login } from '../support/graphql-client';
import { fewestStatements, startTestApi, type RunningApi } from '../support/test-api';

const CREATE_SENDING = `mutation ($input: CreateSendingOfferInput!) {
  createSendingOffer(input: $input) {
    id version status peopleCount peopleAvailable receivedOn moveType
    owningOffice { code } company { legalName prefecture { nameJa } } occupation { nameJa }
    skills { label key skillId } skillKeys acceptablePrefectures { nameJa }
  }
}`;
const CREATE_RECEIVING = `mutation ($input: CreateReceivingOfferInput!) {
  createReceivingOffer(input: $input) {
    id moveTypes peopleWanted peopleRemaining requiredSkills { label key } requiredSkillKeys
    workplacePrefecture { nameJa } owningOffice { code }
  }
}`;

interface Node {
  id: string;
}

describe('sending and receiving information over HTTP', () => {
  let api: RunningApi;
  let consultant: string;
  const companyIds: Record<string, string> = {};
  const tag = Math.random().toString(36).slice(2, 8);

  beforeAll(async () => {
    api = await startTestApi();
    consultant = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    // Two demo companies of the Tokyo office (the consultant's): a retailer that sends, a software house that receives.
    for (const [name, number] of [
      ['retailer', '7991301103014'],
      ['software', '4991301102877'],
    ]) {
      const result = await graphql<{ companies: { edges: { node: Node }[] } }>(
        api.url,
        'query ($n: String!) { companies(filter: { corporateNumber: $n }) { edges { node { id } } } }',
        { n: number },
        consultant,
      );
      companyIds[name] = result.data?.companies.edges[0]?.node.id ?? '';
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('lets a consultant record a sending and a receiving offer and find them again with filters', async () => {
    const sending = await graphql<{ createSendingOffer: Record<string, unknown> & Node }>(
      api.url,
      CREATE_SENDING,
      {
        input: {
          companyId: companyIds['retailer'],
          receivedOn: '2026-11-02',
          moveType: 'EITHER',
          peopleCount: 2,
          reason: 'RESTRUCTURING',
          occupationCode: 'd',
          jobTitle: `売場リーダー${tag}`,
          skills: ['ﾌｫｰｸﾘﾌﾄ', '接客', '普通免許'],
          acceptablePrefectureCodes: ['13', '14'],
          conditions: ['NO_NIGHT_SHIFT'],
        },
      },
      consultant,
    );
    expect(sending.errors).toBeUndefined();
    expect(sending.data?.createSendingOffer).toMatchObject({
      status: 'OPEN',
      peopleCount: 2,
      peopleAvailable: 2,
      moveType: 'EITHER',
      owningOffice: { code: '13' },
      company: { prefecture: { nameJa: '東京都' } },
      occupation: { nameJa: '販売従事者' },
      acceptablePrefectures: [{ nameJa: '東京都' }, { nameJa: '神奈川県' }],
      skills: [
        { label: 'フォークリフト運転技能', skillId: expect.any(String) },
        { label: '接客', skillId: expect.any(String) },
        { label: '普通自動車第一種運転免許', skillId: expect.any(String) },
      ],
    });

    const receiving = await graphql<{ createReceivingOffer: Record<string, unknown> & Node }>(
      api.url,
      CREATE_RECEIVING,
      {
        input: {
          companyId: companyIds['software'],
          receivedOn: '2026-11-03',
          moveTypes: ['TRANSFER'],
          peopleWanted: 1,
          occupationCode: 'B',
          jobTitle: `社内SE${tag}`,
          requiredSkills: ['きほんじょうほうぎじゅつしゃ'],
          workplacePrefectureCode: '13',
        },
      },
      consultant,
    );
    expect(receiving.errors).toBeUndefined();
    expect(receiving.data?.createReceivingOffer).toMatchObject({
      moveTypes: ['TRANSFER'],
      peopleRemaining: 1,
      requiredSkills: [{ label: '基本情報技術者' }],
      workplacePrefecture: { nameJa: '東京都' },
      owningOffice: { code: '13' },
    });

    const list = (query: string, filter: Record<string, unknown>) =>
      graphql<Record<string, { totalCount: number; edges: { node: Node }[] }>>(
        api.url,
        `query ($filter: OfferFilterInput) { ${query}(filter: $filter, first: 100) { totalCount edges { node { id } } } }`,
        { filter },
        consultant,
      );
    const ids = (result: Awaited<ReturnType<typeof list>>, query: string) =>
      result.data?.[query].edges.map((e) => e.node.id) ?? [];

    const sendingId = sending.data?.createSendingOffer.id;
    const receivingId = receiving.data?.createReceivingOffer.id;
    expect(
      ids(
        await list('sendingOffers', { companyId: companyIds['retailer'], moveType: 'SECONDMENT' }),
        'sendingOffers',
      ),
    ).toContain(sendingId);
    expect(
      ids(
        await list('sendingOffers', {
          prefectureCode: '13',
          receivedFrom: '2026-11-02',
          receivedTo: '2026-11-02',
        }),
        'sendingOffers',
      ),
    ).toContain(sendingId);
    expect(ids(await list('sendingOffers', { receivedTo: '2026-11-01' }), 'sendingOffers')).not.toContain(
      sendingId,
    );
    expect(
      ids(await list('receivingOffers', { moveType: 'TRANSFER', occupationCode: 'B' }), 'receivingOffers'),
    ).toContain(receivingId);
    expect(ids(await list('receivingOffers', { moveType: 'SECONDMENT' }), 'receivingOffers')).not.toContain(
      receivingId,
    );

    const byId = await graphql<{ receivingOffer: { jobTitle: string } | null }>(
      api.url,
      'query ($id: ID!) { receivingOffer(id: $id) { jobTitle } }',
      { id: receivingId },
      consultant,
    );
    expect(byId.data?.receivingOffer?.jobTitle).toBe(`社内SE${tag}`);
  });

  it('answers bad input with BAD_USER_INPUT and Japanese messages for every field, storing nothing', async () => {
    const jobTitle = `誤入力${tag}`;
    const result = await graphql(
      api.url,
      CREATE_SENDING,
      {
        input: {
          companyId: companyIds['retailer'],
          moveType: 'SECONDMENT',
          peopleCount: 0,
          reason: 'OTHER',
          occupationCode: 'Z',
          jobTitle,
          desiredPeriodMonths: 48,
          acceptablePrefectureCodes: ['50'],
        },
      },
      consultant,
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'input.peopleCount', message: '人数は1以上9999以下の整数で入力してください。' },
        { field: 'input.reasonDetail', message: expect.stringContaining('理由の詳細') },
        { field: 'input.desiredPeriodMonths', message: '希望期間は1〜36か月の範囲で入力してください。' },
        { field: 'input.occupationCode', message: '職業分類(大分類)「Z」は存在しません。' },
        { field: 'input.acceptablePrefectureCodes.0', message: '都道府県コード「50」は存在しません。' },
      ]),
    );
    const after = await graphql<{ sendingOffers: { edges: { node: { jobTitle: string } }[] } }>(
      api.url,
      'query ($id: ID) { sendingOffers(filter: { companyId: $id }, first: 100) { edges { node { jobTitle } } } }',
      { id: companyIds['retailer'] },
      consultant,
    );
    expect(after.data?.sendingOffers.edges.map((e) => e.node.jobTitle)).not.toContain(jobTitle);
  });

  it('answers a form sent without its required choices and counts with a Japanese error at each field', async () => {
    // A browser form left empty: no request-level refusal, every missing field named, in one answer.
    const sending = await graphql(
      api.url,
      CREATE_SENDING,
      { input: { companyId: '', occupationCode: '', jobTitle: '' } },
      consultant,
    );
    expect(errorCode(sending)).toBe('BAD_USER_INPUT');
    expect(
      Object.fromEntries(
        (sending.errors?.[0].extensions?.fields as { field: string; message: string }[]).map((f) => [
          f.field,
          f.message,
        ]),
      ),
    ).toMatchObject({
      'input.companyId': '企業を選択してください。',
      'input.moveType': expect.stringContaining('希望する形態'),
      'input.reason': '送出理由を選択してください。',
      'input.peopleCount': '人数は1以上9999以下の整数で入力してください。',
      'input.occupationCode': expect.stringContaining('職業分類'),
      'input.jobTitle': '職種名を入力してください。',
    });

    const receiving = await graphql(
      api.url,
      CREATE_RECEIVING,
      {
        input: {
          companyId: companyIds['software'],
          moveTypes: [],
          peopleWanted: null,
          occupationCode: 'B',
          jobTitle: `空欄${tag}`,
          workplacePrefectureCode: '13',
        },
      },
      consultant,
    );
    expect(errorCode(receiving)).toBe('BAD_USER_INPUT');
    expect(receiving.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'input.peopleWanted', message: expect.stringContaining('募集人数') },
        { field: 'input.moveTypes', message: expect.stringContaining('1つ以上') },
      ]),
    );
  });

  it('loads a page of offers and their relations with a constant number of statements', async () => {
    const page = `query ($first: Int!) {
      sendingOffers(first: $first) { edges { node { id company { legalName owningOffice { nameJa } } owningOffice { nameJa } occupation { nameJa } acceptablePrefectures { nameJa } } } }
    }`;
    // The page, its companies, offices (two levels), occupations and prefectures: one statement each at most, whatever
    // the page size. (A relation no offer on the page uses costs nothing, so which offers are newest — other files
    // add offers — may lower the count, never raise it.)
    const mostStatements = 7;
    const cost = (first: number) =>
      fewestStatements(api, async () => {
        const answer = await graphql<{ sendingOffers: { edges: unknown[] } }>(
          api.url,
          page,
          { first },
          consultant,
        );
        expect(answer.data?.sendingOffers.edges).toHaveLength(first);
      });
    expect(await cost(3)).toBeLessThanOrEqual(mostStatements);
    expect(await cost(12)).toBeLessThanOrEqual(mostStatements);
  });

  it('keeps executives and partners out of offers', async () => {
    for (const email of ['executive@kakehashi.example', 'partner.hq@kakehashi.example']) {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const result = await graphql(api.url, '{ sendingOffers { totalCount } }', {}, token);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
  });
});
