// Isolation between partners, over HTTP and in the database. Two institutions (A with an HQ step, B without), two
// branches each, a head-office and a branch account per branch. Every operation in the schema is either refused to
// partner roles, or is listed below with the attempts that prove a partner cannot reach another's data through it:
// by id, by filter, by list, by pagination cursor and by bulk upload. A new operation open to partners fails the
// first test until its attempts are written here.
import { PUBLIC_METADATA, Role, ROLES_METADATA } from '@kakehashi/authz';
import { inDatabaseScope } from '@kakehashi/database';
import { randomCorporateNumber, uniqueTag } from '@kakehashi/testing';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { errorCode, graphql, login, type GraphqlResponse } from '../support/graphql-client';
import { everyOperation, type OperationCall } from '../support/operations';
import { startTestApi, type RunningApi } from '../support/test-api';

type Connection<Node> = { edges: { node: Node }[] };
interface ReferralImport {
  id: string;
  status: string;
  alreadyImported: boolean;
  institutionId: string;
}
interface ReferralsPage {
  referrals: Connection<{ id: string }> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PASSWORD = 'isolation-test-password';
const PARTNER_ROLES = [Role.PARTNER_HQ, Role.PARTNER_BRANCH];

interface Account {
  label: string;
  role: Role.PARTNER_HQ | Role.PARTNER_BRANCH;
  institution: 'A' | 'B';
  branchId: string | null;
  token: string;
  userId: string;
}

interface Seeded {
  id: string;
  institution: 'A' | 'B';
  branchId: string | null;
  clientName: string;
  version: number;
}

describe('partner isolation', () => {
  let api: RunningApi;
  let operations: OperationCall[];
  let admin: string;
  const institutionIds: Record<'A' | 'B', string> = { A: '', B: '' };
  const branches: Record<'A' | 'B', string[]> = { A: [], B: [] };
  const importIds: Record<'A' | 'B', string[]> = { A: [], B: [] };
  const accounts: Account[] = [];
  const referrals: Seeded[] = [];

  async function call<T = unknown>(token: string, query: string, variables: Record<string, unknown> = {}) {
    return graphql<T>(api.url, query, variables, token);
  }
  async function ok<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await call<T>(token, query, variables);
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }

  /** What an account may see: its institution's referrals, and for a branch account only its branch's. */
  function visibleTo(account: Account, referral: Seeded): boolean {
    if (referral.institution !== account.institution) return false;
    return account.role === Role.PARTNER_HQ || referral.branchId === account.branchId;
  }
  function foreignTo(account: Account): Seeded[] {
    return referrals.filter((r) => !visibleTo(account, r));
  }
  /** A referral's state as the Center or its own partner sees it, to prove an attempt changed nothing. */
  async function ownerView(referral: Seeded): Promise<{ version: number; status: string }> {
    const owner = accounts.find((a) => visibleTo(a, referral) && a.role === Role.PARTNER_HQ)!;
    const data = await ok<{ referral: { version: number; status: string } }>(
      owner.token,
      `query ($id: ID!) { referral(id: $id) { version status } }`,
      {
        id: referral.id,
      },
    );
    return data.referral;
  }

  beforeAll(async () => {
    api = await startTestApi({ REDIS_URL: '', MATCHING_NIGHTLY_CRON: '' });
    operations = everyOperation(api.app.get(GraphQLSchemaHost).schema);
    admin = await login(api.url, 'admin@kakehashi.example', 'kakehashi-demo');
    const tag = uniqueTag();
    for (const institution of ['A', 'B'] as const) {
      const created = await ok<{ createPartnerInstitution: { id: string } }>(
        admin,
        `mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }`,
        {
          input: {
            type: 'FINANCIAL_INSTITUTION',
            name: `分離試験${institution}信用金庫${tag}`,
            hasHqStep: institution === 'A',
          },
        },
      );
      institutionIds[institution] = created.createPartnerInstitution.id;
      for (const n of [1, 2]) {
        const branch = await ok<{ addPartnerBranch: { id: string } }>(
          admin,
          `mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }`,
          {
            input: {
              institutionId: institutionIds[institution],
              name: `${institution}第${n}支店`,
              prefectureCode: '13',
            },
          },
        );
        branches[institution].push(branch.addPartnerBranch.id);
      }
      const people: { role: Account['role']; branchId: string | null; label: string }[] = [
        { role: Role.PARTNER_HQ, branchId: null, label: `${institution}本部` },
        { role: Role.PARTNER_BRANCH, branchId: branches[institution][0], label: `${institution}第1支店` },
        { role: Role.PARTNER_BRANCH, branchId: branches[institution][1], label: `${institution}第2支店` },
      ];
      for (const [index, person] of people.entries()) {
        const email = `iso-${tag}-${institution}-${index}@partner.example`;
        const user = await ok<{ createPartnerUser: { id: string } }>(
          admin,
          `mutation ($input: CreatePartnerUserInput!) { createPartnerUser(input: $input) { id } }`,
          {
            input: {
              email,
              name: `${person.label} 担当`,
              partnerInstitutionId: institutionIds[institution],
              partnerBranchId: person.branchId,
              password: PASSWORD,
              role: person.role,
            },
          },
        );
        accounts.push({
          ...person,
          institution,
          token: await login(api.url, email, PASSWORD),
          userId: user.createPartnerUser.id,
        });
      }
    }
    // Every account makes two referrals (one left as a draft, one submitted), so that each tenant has rows in every
    // state a partner can reach; A's head office forwards its branches' submissions.
    for (const account of accounts) {
      for (const submit of [false, true]) {
        const clientName = `株式会社分離${account.label}${submit ? '提出' : '下書'}${tag}`;
        const created = await ok<{ createReferral: { id: string; version: number } }>(
          account.token,
          `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version } }`,
          {
            input: {
              clientName,
              clientCorporateNumber: randomCorporateNumber(),
              clientJsicMajorCode: 'E',
              clientPrefectureCode: '13',
              clientSize: 'SME',
              need: 'SURPLUS',
              surplusPeople: 1,
              occupations: '製造',
              consentObtainedOn: '2026-11-01',
              consentObtainedBy: '担当者',
            },
          },
        );
        const id = created.createReferral.id;
        let version = created.createReferral.version;
        if (submit) {
          const submitted = await ok<{ submitReferral: { version: number } }>(
            account.token,
            `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { version } }`,
            { input: { id, expectedVersion: version } },
          );
          version = submitted.submitReferral.version;
        }
        referrals.push({
          id,
          institution: account.institution,
          branchId: account.branchId,
          clientName,
          version,
        });
      }
    }
  });

  afterAll(async () => {
    await api?.stop();
  });

  /** The partner roles' operations in the schema, from their @Roles. */
  function partnerOperations(): string[] {
    const reflector = api.app.get(Reflector);
    const ids: string[] = [];
    for (const module of api.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object') continue;
        const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
        for (const key of Object.getOwnPropertyNames(prototype)) {
          const handler = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
          if (typeof handler !== 'function') continue;
          const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
          if (type !== 'Query' && type !== 'Mutation') continue;
          const name = (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? key;
          const targets = [handler, instance.constructor];
          if (reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) continue;
          const roles = reflector.getAllAndOverride<Role[]>(ROLES_METADATA, targets) ?? [];
          if (roles.some((role) => PARTNER_ROLES.includes(role))) ids.push(`${type}.${name}`);
        }
      }
    }
    return ids.sort();
  }

  /**
   * The cross-tenant attempts for each operation open to partners. Operations on the caller's own account (no id,
   * no filter) are listed with why nothing foreign can be named through them.
   */
  const ATTEMPTS: Record<string, (account: Account) => Promise<void>> = {
    'Query.me': async (account) => {
      const data = await ok<{ me: { id: string } }>(account.token, `{ me { id } }`);
      expect(data.me.id).toBe(account.userId);
    },
    // Takes only the caller's own current and new password.
    'Mutation.changeMyPassword': async () => undefined,
    'Mutation.changeMyPasswordInSession': async () => undefined,
    // Takes nothing: ends the caller's own browser session.
    'Mutation.signOut': async () => undefined,
    // The labels of the schema's code lists: the same for every caller, naming no record of anyone.
    'Query.enumLabels': async (account) => {
      const data = await ok<{ enumLabels: { name: string; values: { label: string }[] }[] }>(
        account.token,
        `{ enumLabels(names: ["ReferralStatus"]) { name values { label } } }`,
      );
      expect(data.enumLabels[0].values.length).toBeGreaterThan(0);
    },
    // The public code lists the referral form needs: the same 47 prefectures and 20 JSIC groups for every tenant.
    'Query.prefectures': async (account) => {
      const data = await ok<{ prefectures: { code: string }[] }>(account.token, `{ prefectures { code } }`);
      expect(data.prefectures).toHaveLength(47);
    },
    'Query.jsicMajorGroups': async (account) => {
      const data = await ok<{ jsicMajorGroups: { code: string }[] }>(
        account.token,
        `{ jsicMajorGroups { code } }`,
      );
      expect(data.jsicMajorGroups).toHaveLength(20);
    },
    'Query.myPartnerInstitution': async (account) => {
      const data = await ok<{ myPartnerInstitution: { id: string } }>(
        account.token,
        `{ myPartnerInstitution { id } }`,
      );
      expect(data.myPartnerInstitution.id).toBe(institutionIds[account.institution]);
    },
    'Query.notifications': async (account) => {
      const data = await ok<{ notifications: Connection<{ subjectId: string | null }> }>(
        account.token,
        `{ notifications(first: 100) { edges { node { subjectId } } } }`,
      );
      const foreign = new Set(foreignTo(account).map((r) => r.id));
      // A notification without a subject names no referral.
      const subjects = data.notifications.edges.map((e) => e.node.subjectId).filter((id) => id !== null);
      expect(subjects.filter((id: string) => foreign.has(id))).toEqual([]);
    },
    // A count of the caller's own rows; proven per user by the notifications tests.
    'Query.unreadNotificationCount': async () => undefined,
    'Mutation.markNotificationsRead': async (account) => {
      const other = accounts.find(
        (a) => a.institution !== account.institution && a.role === Role.PARTNER_HQ,
      )!;
      const theirs = await ok<{ notifications: Connection<{ id: string }> }>(
        other.token,
        `{ notifications(first: 100, unreadOnly: true) { edges { node { id } } } }`,
      );
      const ids = theirs.notifications.edges.map((e) => e.node.id);
      if (!ids.length) return;
      const marked = await ok<{ markNotificationsRead: number }>(
        account.token,
        `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
        {
          ids,
        },
      );
      expect(marked.markNotificationsRead).toBe(0);
      const after = await ok<{ unreadNotificationCount: number }>(other.token, `{ unreadNotificationCount }`);
      expect(after.unreadNotificationCount).toBeGreaterThanOrEqual(ids.length);
    },
    // Marks the caller's own notifications only (the other tenant's unread count is checked above).
    'Mutation.markAllNotificationsRead': async () => undefined,

    'Query.referralImportTemplate': async (account) => {
      const data = await hqOnly<{ referralImportTemplate: { contentBase64: string } }>(
        account,
        `{ referralImportTemplate(format: CSV) { contentBase64 } }`,
        {},
      );
      if (!data) return;
      const text = Buffer.from(data.referralImportTemplate.contentBase64, 'base64').toString('utf8');
      for (const n of [0, 1]) expect(text).not.toContain(branchName(otherOf(account), n));
    },
    'Mutation.validateReferralImport': async (account) => {
      const query = `mutation ($file: ReferralImportFileInput!) {
        validateReferralImport(file: $file) { valid errors { rowNumber column message } } }`;
      type Validation = {
        validateReferralImport: {
          valid: boolean;
          errors: { rowNumber: number; column: string; message: string }[];
        };
      };
      const foreign = await hqOnly<Validation>(account, query, {
        file: uploadCsv('株式会社分離検証', branchName(otherOf(account), 0)),
      });
      if (!foreign) return;
      expect(foreign.validateReferralImport.valid).toBe(false);
      expect(foreign.validateReferralImport.errors).toEqual([
        expect.objectContaining({ rowNumber: 2, column: '支店名(任意)' }),
      ]);
      const own = await ok<Validation>(account.token, query, {
        file: uploadCsv('株式会社分離検証', branchName(account.institution, 0)),
      });
      expect(own.validateReferralImport.valid).toBe(true);
    },
    'Mutation.importReferrals': async (account) => {
      const query = `mutation ($file: ReferralImportFileInput!) { importReferrals(file: $file) { id } }`;
      const foreign = await call(account.token, query, {
        file: uploadCsv(`株式会社分離取込${uniqueTag()}`, branchName(otherOf(account), 1)),
      });
      if (account.role === Role.PARTNER_BRANCH) {
        expect(errorCode(foreign)).toBe('FORBIDDEN');
        return;
      }
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      // The very file the other institution imported is a new import here: no "already imported" from its upload.
      const other = accounts.find((a) => a.institution === otherOf(account) && a.role === Role.PARTNER_HQ)!;
      const file = uploadCsv(`株式会社分離同一${uniqueTag()}`, '');
      const theirs = await importAndWait(other, file);
      const mine = await importAndWait(account, file);
      expect(theirs).toMatchObject({ status: 'COMPLETED', institutionId: institutionIds[otherOf(account)] });
      expect(mine).toMatchObject({
        status: 'COMPLETED',
        alreadyImported: false,
        institutionId: institutionIds[account.institution],
      });
      expect(mine.id).not.toBe(theirs.id);
      importIds[account.institution].push(mine.id);
      importIds[otherOf(account)].push(theirs.id);
    },
    'Query.referralImport': async (account) => {
      for (const id of importIds[otherOf(account)]) {
        const result = await call(account.token, `query ($id: ID!) { referralImport(id: $id) { id } }`, {
          id,
        });
        expect(errorCode(result)).toBe(account.role === Role.PARTNER_BRANCH ? 'FORBIDDEN' : 'NOT_FOUND');
      }
    },
    'Query.referralImports': async (account) => {
      const data = await hqOnly<{ referralImports: Connection<{ id: string; institutionId: string }> }>(
        account,
        `{ referralImports(first: 100) { edges { node { id institutionId } } } }`,
        {},
      );
      if (!data) return;
      const nodes = data.referralImports.edges.map((e) => e.node);
      expect(nodes.filter((n) => n.institutionId !== institutionIds[account.institution])).toEqual([]);
      expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(importIds[account.institution]));
    },
    'Query.referral': async (account) => {
      for (const target of foreignTo(account)) {
        const result = await call(account.token, `query ($id: ID!) { referral(id: $id) { id clientName } }`, {
          id: target.id,
        });
        expect(errorCode(result)).toBe('NOT_FOUND');
        expect(JSON.stringify(result)).not.toContain(target.clientName);
      }
    },
    'Query.referrals': async (account) => {
      const foreign = foreignTo(account);
      const foreignIds = new Set(foreign.map((r) => r.id));
      // By list, every page.
      const seen = await allPages(account.token, {});
      expect(seen.filter((id) => foreignIds.has(id))).toEqual([]);
      const mine = referrals.filter((r) => visibleTo(account, r)).map((r) => r.id);
      expect(seen).toEqual(expect.arrayContaining(mine));
      // By filter: another institution, another branch, another's client name.
      const otherInstitution = account.institution === 'A' ? 'B' : 'A';
      const filters: Record<string, unknown>[] = [
        { institutionId: institutionIds[otherInstitution] },
        ...branches[otherInstitution].map((branchId) => ({ branchId })),
        ...branches[account.institution]
          .filter((b) => account.role === Role.PARTNER_BRANCH && b !== account.branchId)
          .map((branchId) => ({ branchId })),
        ...foreign.map((r) => ({ clientName: r.clientName })),
        // Dates widen nothing; another institution's bulk upload names none of its referrals.
        { createdFrom: '2000-01-01', createdTo: '2199-12-31' },
        ...importIds[otherInstitution].map((importId) => ({ importId })),
      ];
      for (const filter of filters) {
        const ids = await allPages(account.token, filter);
        expect(ids.filter((id) => foreignIds.has(id))).toEqual([]);
      }
      // By cursor: a cursor taken from the other tenant's list walks only the caller's own rows.
      const owner = accounts.find((a) => a.institution === otherInstitution && a.role === Role.PARTNER_HQ)!;
      const theirs = await ok<{ referrals: { pageInfo: { endCursor: string | null } } }>(
        owner.token,
        `{ referrals(first: 1) { pageInfo { endCursor } } }`,
      );
      const cursor = theirs.referrals.pageInfo.endCursor!;
      const page = await call<{ referrals: Connection<{ id: string }> }>(
        account.token,
        `query ($after: String) { referrals(first: 100, after: $after) { edges { node { id } } } }`,
        { after: cursor },
      );
      const ids = (page.data?.referrals.edges ?? []).map((e) => e.node.id);
      expect(ids.filter((id: string) => foreignIds.has(id))).toEqual([]);
    },
    // Counts within the caller's own scope: the foreign rows (one draft, one submitted per account) are not counted.
    'Query.referralStatusCounts': async (account) => {
      const data = await ok<{ referralStatusCounts: { status: string; count: number }[] }>(
        account.token,
        `{ referralStatusCounts { status count } }`,
      );
      const total = data.referralStatusCounts.reduce((sum: number, each) => sum + each.count, 0);
      const { totalCount } = (
        await ok<{ referrals: { totalCount: number } }>(
          account.token,
          `{ referrals(first: 1) { totalCount } }`,
        )
      ).referrals;
      expect(total).toBe(totalCount);
      expect(await allPages(account.token, {})).toHaveLength(totalCount);
    },
    'Query.referralChanges': async (account) => {
      const data = await ok<{
        referralChanges: { changes: { referral: { id: string; clientName: string } }[] };
      }>(account.token, `{ referralChanges(first: 100) { changes { referral { id clientName } } } }`);
      const foreign = new Set(foreignTo(account).map((r) => r.id));
      const ids = data.referralChanges.changes.map((c) => c.referral.id);
      expect(ids.filter((id: string) => foreign.has(id))).toEqual([]);
    },
    // Moves the caller's own marker (it takes no id); another account's changes stay unseen.
    'Mutation.markReferralChangesSeen': async (account) => {
      const other = accounts.find(
        (a) => a.institution !== account.institution && a.role === Role.PARTNER_HQ,
      )!;
      const before = await ok<{ referralChanges: { since: string | null } }>(
        other.token,
        `{ referralChanges(first: 1) { since } }`,
      );
      await ok<{ markReferralChangesSeen: boolean }>(
        account.token,
        `mutation ($at: DateTime!) { markReferralChangesSeen(seenAt: $at) }`,
        {
          at: new Date().toISOString(),
        },
      );
      expect(await ok(other.token, `{ referralChanges(first: 1) { since } }`)).toEqual(before);
    },
    // A pure check of the digits given: no record of anyone is read.
    'Query.checkCorporateNumber': async (account) => {
      const data = await ok<{ checkCorporateNumber: { valid: boolean } }>(
        account.token,
        `{ checkCorporateNumber(corporateNumber: "1234567890123") { valid } }`,
      );
      expect(typeof data.checkCorporateNumber.valid).toBe('boolean');
    },
    'Mutation.createReferral': async (account) => {
      // The input names no institution or branch: a new referral is always the caller's own.
      const created = await ok<{
        createReferral: { id: string; institutionName: string; branchName: string | null };
      }>(
        account.token,
        `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id institutionName branchName } }`,
        {
          input: {
            clientName: `株式会社分離新規${uniqueTag()}`,
            clientJsicMajorCode: 'E',
            clientPrefectureCode: '13',
            clientSize: 'SME',
            need: 'SHORTAGE',
            shortagePeople: 1,
            occupations: '事務',
            consentObtainedOn: '2026-11-01',
            consentObtainedBy: '担当者',
          },
        },
      );
      const id = created.createReferral.id;
      const owner = accounts.find(
        (a) => a.institution !== account.institution && a.role === Role.PARTNER_HQ,
      )!;
      expect(
        errorCode(await call(owner.token, `query ($id: ID!) { referral(id: $id) { id } }`, { id })),
      ).toBe('NOT_FOUND');
    },
    'Mutation.updateReferral': async (account) =>
      refusedOnEveryForeign(account, 'updateReferral', 'UpdateReferralInput', (r) => ({
        id: r.id,
        expectedVersion: r.version,
        occupations: '書き換え',
      })),
    'Mutation.submitReferral': async (account) =>
      refusedOnEveryForeign(account, 'submitReferral', 'ReferralVersionInput', (r) => ({
        id: r.id,
        expectedVersion: r.version,
      })),
    'Mutation.forwardReferral': async (account) =>
      refusedOnEveryForeign(account, 'forwardReferral', 'ReferralVersionInput', (r) => ({
        id: r.id,
        expectedVersion: r.version,
      })),
    'Mutation.withdrawReferral': async (account) =>
      refusedOnEveryForeign(account, 'withdrawReferral', 'ReferralReasonInput', (r) => ({
        id: r.id,
        expectedVersion: r.version,
        reason: '取下げ',
      })),
  };

  /** A CSV upload of one referral; `branch` fills 支店名 (a name, as partners write it). */
  function uploadCsv(clientName: string, branch: string): { fileName: string; contentBase64: string } {
    const headings = [
      '企業名',
      '法人番号(任意)',
      '産業分類(大分類)',
      '都道府県',
      '企業規模',
      '従業員数(任意)',
      '相談内容(過剰/不足/両方)',
      '送出人数',
      '受入人数',
      '職種',
      '希望時期(任意)',
      '詳細(任意)',
      '同意取得日',
      '同意取得者',
      '支店名(任意)',
    ];
    const row = [
      clientName,
      '',
      'E',
      '東京都',
      '中小企業',
      '',
      '人員過剰',
      '1',
      '',
      '製造',
      '',
      '',
      '2026-11-01',
      '担当者',
      branch,
    ];
    const csv = `\uFEFF${headings.join(',')}\r\n${row.join(',')}\r\n`;
    return { fileName: 'referrals.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  async function hqOnly<T>(
    account: Account,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T | null> {
    const result = await call<T>(account.token, query, variables);
    if (account.role === Role.PARTNER_BRANCH) {
      expect(errorCode(result)).toBe('FORBIDDEN');
      return null;
    }
    if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }
  async function importAndWait(
    account: Account,
    file: ReturnType<typeof uploadCsv>,
  ): Promise<ReferralImport> {
    const data = await ok<{ importReferrals: ReferralImport }>(
      account.token,
      `mutation ($file: ReferralImportFileInput!) { importReferrals(file: $file) { id status alreadyImported institutionId } }`,
      { file },
    );
    let current = data.importReferrals;
    for (let i = 0; i < 100 && !['COMPLETED', 'FAILED'].includes(current.status); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const polled = await ok<{ referralImport: Omit<ReferralImport, 'alreadyImported'> }>(
        account.token,
        `query ($id: ID!) { referralImport(id: $id) { id status alreadyImported institutionId } }`,
        {
          id: current.id,
        },
      );
      current = { ...polled.referralImport, alreadyImported: data.importReferrals.alreadyImported };
    }
    return current;
  }
  const otherOf = (account: Account): 'A' | 'B' => (account.institution === 'A' ? 'B' : 'A');
  const branchName = (institution: 'A' | 'B', index: number) => `${institution}第${index + 1}支店`;

  async function allPages(token: string, filter: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphqlResponse<ReferralsPage> = await call<ReferralsPage>(
        token,
        `query ($filter: ReferralFilter, $after: String) {
           referrals(first: 100, filter: $filter, after: $after) {
             edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      if (result.errors) return ids;
      const { referrals } = result.data!;
      ids.push(...referrals.edges.map((e) => e.node.id));
      if (!referrals.pageInfo.hasNextPage) return ids;
      after = referrals.pageInfo.endCursor;
    }
  }

  async function refusedOnEveryForeign(
    account: Account,
    mutation: string,
    inputType: string,
    input: (r: Seeded) => Record<string, unknown>,
  ): Promise<void> {
    for (const target of foreignTo(account)) {
      const before = await ownerView(target);
      const result = await call(
        account.token,
        `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
        { input: input({ ...target, version: before.version }) },
      );
      expect([`${mutation}:${target.id}`, errorCode(result)]).toEqual([
        `${mutation}:${target.id}`,
        expect.stringMatching(/^(NOT_FOUND|FORBIDDEN)$/),
      ]);
      expect(await ownerView(target)).toEqual(before);
    }
  }

  it('lists, for every operation partners may call, the attempts that prove isolation', () => {
    expect(partnerOperations()).toEqual(Object.keys(ATTEMPTS).sort());
  });

  it('refuses every other operation in the schema to each partner account, by role', async () => {
    const mismatches: string[] = [];
    for (const account of accounts) {
      for (const op of operations) {
        if (op.id in ATTEMPTS || op.id === 'Mutation.login' || op.id === 'Mutation.signIn') continue;
        const result = await call(account.token, op.document, op.variables);
        if (errorCode(result) !== 'FORBIDDEN' || result.errors?.[0].extensions?.reason !== 'ROLE_NOT_ALLOWED')
          mismatches.push(`${account.label} ${op.id}: ${errorCode(result) ?? 'data'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([['A本部'], ['A第1支店'], ['A第2支店'], ['B本部'], ['B第1支店'], ['B第2支店']])(
    '%s reaches nothing of another tenant through any partner operation',
    async (label) => {
      const account = accounts.find((a) => a.label === label)!;
      for (const [id, attempt] of Object.entries(ATTEMPTS)) {
        try {
          await attempt(account);
        } catch (error) {
          throw new Error(`${id} as ${label}: ${(error as Error).message}`);
        }
      }
    },
  );

  it('has the database refuse a cross-tenant read even when no resolver check runs', async () => {
    // The API's own connection (the non-owner application role), used directly: no resolver, no service check.
    const dataSource = api.app.get(DataSource);
    const bRows = referrals.filter((r) => r.institution === 'B').map((r) => r.id);
    const aRows = referrals.filter((r) => r.institution === 'A').map((r) => r.id);
    const read = (scope: Parameters<typeof inDatabaseScope>[1]) =>
      inDatabaseScope(dataSource, scope, (manager) =>
        manager.query<{ id: string }[]>(`SELECT "id" FROM "referrals" WHERE "id" = ANY($1::uuid[])`, [
          [...aRows, ...bRows],
        ]),
      );
    const asA = await read({ kind: 'partner_hq', institutionId: institutionIds.A });
    expect(asA.map((r) => r.id).sort()).toEqual([...aRows].sort());
    const asBranch = await read({
      kind: 'partner_branch',
      institutionId: institutionIds.A,
      branchId: branches.A[0],
    });
    const branchRows = referrals.filter((r) => r.branchId === branches.A[0]).map((r) => r.id);
    expect(asBranch.map((r) => r.id).sort()).toEqual([...branchRows].sort());
    // A branch scope that claims another institution's branch sees nothing (the pair must match a row).
    expect(
      await read({ kind: 'partner_branch', institutionId: institutionIds.A, branchId: branches.B[0] }),
    ).toEqual([]);
    // Without any scope, nothing at all; with the Center's, every row (so the filter above is the policy's doing).
    const unscoped = await dataSource.transaction((manager) =>
      manager.query<{ id: string }[]>(`SELECT "id" FROM "referrals" WHERE "id" = ANY($1::uuid[])`, [
        [...aRows, ...bRows],
      ]),
    );
    expect(unscoped).toEqual([]);
    expect(await read({ kind: 'center' })).toHaveLength(aRows.length + bRows.length);
    // Nor can a partner scope write into another institution's rows.
    const updated = await inDatabaseScope(
      dataSource,
      { kind: 'partner_hq', institutionId: institutionIds.A },
      (manager) =>
        manager.query<{ n: number }[]>(
          `WITH u AS (UPDATE "referrals" SET "occupations" = 'x' WHERE "id" = ANY($1::uuid[]) RETURNING 1)
           SELECT count(*)::int AS n FROM u`,
          [bRows],
        ),
    );
    expect(updated[0].n).toBe(0);
  });
});
