// Cases made through the API for the browser tests (as scripts do: a bearer token from `login`), so each test starts
// from a case of its own at a known stage, whatever else the demo data holds.
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_CONSULTANT, DEMO_PASSWORD } from './app';

export const DEMO_HQ = 'hq@kakehashi.example';

/** Calendar days in Japan relative to today, so the dates stay valid whenever the suite runs. */
export const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
export function shiftDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
/** The last day of the month `months` after the month of `day`. */
export function monthEnd(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months + 1, 0)).toISOString().slice(0, 10);
}

export class CaseApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext, email = DEMO_CONSULTANT): Promise<CaseApi> {
    const result = await call(
      request,
      null,
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      {
        input: { email, password: DEMO_PASSWORD },
      },
    );
    return new CaseApi(request, (result as { login: { accessToken: string } }).login.accessToken);
  }

  run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return call(this.request, this.token, query, variables) as Promise<T>;
  }

  async company(legalName: string): Promise<string> {
    const data = await this.run<{ createCompany: { id: string } }>(
      'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
      { input: { legalName, jsicMajorCode: 'E', prefectureCode: '13', size: 'SME', employeeCount: 80 } },
    );
    return data.createCompany.id;
  }

  /** A Tokyo sending offer and receiving offer for one kind of move, and a case opened on them at STEP1. */
  async openCase(
    moveType: 'SECONDMENT' | 'TRANSFER',
    tag: string,
    people = 1,
  ): Promise<{ id: string; number: number; version: number }> {
    const sender = await this.company(`試験送出工業${tag}`);
    const receiver = await this.company(`試験受入製作所${tag}`);
    const sending = await this.run<{ createSendingOffer: { id: string } }>(
      'mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }',
      {
        input: {
          companyId: sender,
          moveType,
          peopleCount: 2,
          reason: 'EMPLOYMENT_ADJUSTMENT',
          occupationCode: 'H',
          jobTitle: `組立工${tag}`,
          desiredPeriodMonths: 12,
        },
      },
    );
    const receiving = await this.receivingOffer(receiver, moveType, `検査工${tag}`);
    const created = await this.run<{ createCase: { id: string; number: number; version: number } }>(
      'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id number version } }',
      {
        input: {
          sendingOfferId: sending.createSendingOffer.id,
          receivingOfferId: receiving,
          moveType,
          people,
        },
      },
    );
    return created.createCase;
  }

  /** A Tokyo receiving offer for two people in occupation H (production), for twelve months. */
  async receivingOffer(
    companyId: string,
    moveType: 'SECONDMENT' | 'TRANSFER',
    jobTitle: string,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const data = await this.run<{ createReceivingOffer: { id: string } }>(
      'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
      {
        input: {
          companyId,
          moveTypes: [moveType],
          peopleWanted: 2,
          occupationCode: 'H',
          jobTitle,
          workplacePrefectureCode: '13',
          periodMonths: 12,
          ...extra,
        },
      },
    );
    return data.createReceivingOffer.id;
  }

  /** One change of the case on its current version; returns the new version. */
  async change(
    mutation: string,
    inputType: string,
    kase: { id: string; version: number },
    input: Record<string, unknown> = {},
  ): Promise<{ id: string; version: number }> {
    const data = await this.run<Record<string, { id: string; version: number }>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id version } }`,
      { input: { caseId: kase.id, expectedVersion: kase.version, ...input } },
    );
    return data[mutation];
  }
}

async function call(
  request: APIRequestContext,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors, `fixture call failed: ${query.slice(0, 60)}`).toBeUndefined();
  return body.data;
}
