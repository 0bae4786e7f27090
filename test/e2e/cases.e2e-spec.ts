// Cases over HTTP, as the consultants of two offices work them: a secondment and a transfer walked end to end, every
// guard refused with its code and Japanese message, going back, not-established endings, establishments against the
// offers' remaining people and a correction, a real concurrent update, and who may read and act.
import { todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { uniqueTag } from '@kakehashi/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import {
  errorCode,
  graphql,
  login,
  type GraphqlError,
  type GraphqlResponse,
} from '../support/graphql-client';
import { everyOperation } from '../support/operations';
import { startTestApi, type RunningApi } from '../support/test-api';

interface CaseWorker {
  id: string;
  label: string;
  consentOn: string | null;
  established: boolean;
  withdrawnOn: string | null;
}

interface CaseView {
  id: string;
  version: number;
  stage: string;
  moveType: string;
  peoplePlanned: number;
  peopleEstablished: number;
  establishedOn: string | null;
  sendingConsultantId: string | null;
  receivingConsultantId: string | null;
  updatedByUserId: string;
  endedOn: string | null;
  endedFromStage: string | null;
  notEstablishedReason: string | null;
  notEstablishedNote: string | null;
  completionOutcome: string | null;
  workers: CaseWorker[];
  meeting: { heldOn: string | null; attendees: string | null } | null;
  internalProcedure: { unionAgreement: string; unionAgreedOn: string | null } | null;
  workplaceTour: { heldOn: string | null; attendees: string[] } | null;
  contract: {
    startOn: string | null;
    endOn: string | null;
    months: number | null;
    periodOverrideReason: string | null;
    senderShare: number | null;
    receiverShare: number | null;
  } | null;
  hiringAgreement: { agreedOn: string | null; jobTitle: string | null } | null;
  missingForNextStage: { key: string }[];
}

interface HistoryEntry {
  action: string;
  actorUserId: string;
  actorName: string;
  fromStage: string | null;
  toStage: string | null;
  reason: string | null;
  caseVersion: number;
  /** The stored values (as JSON); the displayed ones are checked in case-history-display.int-spec.ts. */
  changes: { field: string; before: string | null; after: string | null }[];
}

interface Establishment {
  kind: string;
  occurredOn: string;
  people: number;
  workerIds: string[];
  reason: string | null;
}

const CASE_FIELDS = `
  id version stage moveType peoplePlanned peopleEstablished establishedOn
  sendingConsultantId receivingConsultantId updatedByUserId
  endedOn endedFromStage notEstablishedReason notEstablishedNote completionOutcome
  workers { id label consentOn established withdrawnOn }
  meeting { heldOn attendees }
  internalProcedure { unionAgreement unionAgreedOn }
  workplaceTour { heldOn attendees }
  contract { startOn endOn months periodOverrideReason senderShare receiverShare }
  hiringAgreement { agreedOn jobTitle }
  missingForNextStage { key }`;

const CASE_QUERY = `query ($id: ID!) {
  case(id: $id) {
    ${CASE_FIELDS}
    history {
      action actorUserId actorName fromStage toStage reason caseVersion
      changes { field before: beforeJson after: afterJson }
    }
    establishments { kind occurredOn people workerIds reason }
  }
}`;

/** The case mutations and their input types. */
const INPUT_TYPES = {
  createCase: 'CreateCaseInput',
  updateCaseTeam: 'UpdateCaseTeamInput',
  recordCaseWorkers: 'RecordCaseWorkersInput',
  recordCaseMeeting: 'RecordMeetingInput',
  recordCaseInternalProcedure: 'RecordInternalProcedureInput',
  recordCaseWorkplaceTour: 'RecordWorkplaceTourInput',
  recordCaseContract: 'RecordContractInput',
  recordCaseHiringAgreement: 'RecordHiringAgreementInput',
  advanceCase: 'AdvanceCaseInput',
  moveCaseBack: 'MoveCaseBackInput',
  endCaseNotEstablished: 'EndCaseNotEstablishedInput',
  recordCaseEstablishment: 'RecordEstablishmentInput',
  correctCaseEstablishment: 'CorrectEstablishmentInput',
  completeCase: 'CompleteCaseInput',
  recordFollowUp: 'RecordFollowUpInput',
} as const;
type CaseMutation = keyof typeof INPUT_TYPES;

const ALL_CONDITIONS = ['PERIOD', 'WAGES', 'WORKING_HOURS'];

// Calendar days relative to today in Japan, so the dates stay valid whenever the suite runs: the process refuses
// future dates for what has happened (meetings, consent, the start) and offers' start dates more than a year old.
function shiftDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
/** The last day of the month `months` after the month of `day`. */
function monthEnd(day: string, months: number): string {
  const [y, m] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months + 1, 0)).toISOString().slice(0, 10);
}
const today = todayInJapan();
const yesterday = shiftDays(today, -1);
/** The first day of last month: the contract starts (and the secondment is established) then. */
const startOfLastMonth = shiftDays(monthEnd(today, -2), 1);
const end12 = monthEnd(startOfLastMonth, 11);
const end15 = monthEnd(startOfLastMonth, 14);
const before = (days: number) => shiftDays(startOfLastMonth, -days);

describe('cases over HTTP, worked by the consultants of two offices', () => {
  let api: RunningApi;
  const tag = uniqueTag(6);
  const token: Record<'tokyo' | 'aichi' | 'osaka' | 'hq' | 'executive' | 'partner' | 'admin', string> = {
    tokyo: '',
    aichi: '',
    osaka: '',
    hq: '',
    executive: '',
    partner: '',
    admin: '',
  };
  const userId: Record<string, string> = {};
  let tokyoCompanyId: string;
  let aichiCompanyId: string;

  beforeAll(async () => {
    // In-process jobs: the reminders an establishment schedules run without Redis; no nightly matching.
    api = await startTestApi({ REDIS_URL: '', MATCHING_NIGHTLY_CRON: '' });
    const emails = {
      tokyo: 'consultant@kakehashi.example',
      aichi: 'consultant.aichi@kakehashi.example',
      osaka: 'consultant.osaka@kakehashi.example',
      hq: 'hq@kakehashi.example',
      executive: 'executive@kakehashi.example',
      partner: 'partner.hq@kakehashi.example',
      admin: 'admin@kakehashi.example',
    } as const;
    for (const [who, email] of Object.entries(emails) as [keyof typeof emails, string][]) {
      token[who] = await login(api.url, email, DEMO_PASSWORD);
      const me = await graphql<{ me: { id: string } }>(api.url, '{ me { id } }', {}, token[who]);
      userId[who] = me.data!.me.id;
    }
    tokyoCompanyId = await createCompany(token.tokyo, `案件送出工業${tag}`, '13');
    aichiCompanyId = await createCompany(token.aichi, `案件受入製作所${tag}`, '23');
  });
  afterAll(async () => {
    await api?.stop();
  });

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  async function createCompany(by: string, legalName: string, prefectureCode: string): Promise<string> {
    const result = await graphql<{ createCompany: { id: string } }>(
      api.url,
      'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
      { input: { legalName, jsicMajorCode: 'E', prefectureCode, size: 'SME', employeeCount: 80 } },
      by,
    );
    if (!result.data?.createCompany)
      throw new Error(`createCompany failed: ${JSON.stringify(result.errors)}`);
    return result.data.createCompany.id;
  }

  /** A Tokyo sending offer, recorded by the Tokyo consultant. */
  async function sendingOffer(
    moveType: 'SECONDMENT' | 'TRANSFER' | 'EITHER',
    peopleCount: number,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const result = await graphql<{ createSendingOffer: { id: string } }>(
      api.url,
      'mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }',
      {
        input: {
          companyId: tokyoCompanyId,
          moveType,
          peopleCount,
          reason: 'EMPLOYMENT_ADJUSTMENT',
          occupationCode: 'H',
          jobTitle: `組立工${tag}`,
          ...extra,
        },
      },
      token.tokyo,
    );
    if (!result.data?.createSendingOffer)
      throw new Error(`createSendingOffer failed: ${JSON.stringify(result.errors)}`);
    return result.data.createSendingOffer.id;
  }

  /** An Aichi receiving offer, recorded by the Aichi consultant. */
  async function receivingOffer(
    moveTypes: ('SECONDMENT' | 'TRANSFER')[],
    peopleWanted: number,
    extra: Record<string, unknown> = {},
  ): Promise<string> {
    const result = await graphql<{ createReceivingOffer: { id: string } }>(
      api.url,
      'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
      {
        input: {
          companyId: aichiCompanyId,
          moveTypes,
          peopleWanted,
          occupationCode: 'H',
          jobTitle: `検査工${tag}`,
          workplacePrefectureCode: '23',
          ...extra,
        },
      },
      token.aichi,
    );
    if (!result.data?.createReceivingOffer) {
      throw new Error(`createReceivingOffer failed: ${JSON.stringify(result.errors)}`);
    }
    return result.data.createReceivingOffer.id;
  }

  async function offers(sendingId: string, receivingId: string) {
    const result = await graphql<{
      sendingOffer: { peopleAvailable: number; status: string };
      receivingOffer: { peopleRemaining: number; status: string };
    }>(
      api.url,
      `
        query ($s: ID!, $r: ID!) {
          sendingOffer(id: $s) {
            peopleAvailable
            status
          }
          receivingOffer(id: $r) {
            peopleRemaining
            status
          }
        }
      `,
      { s: sendingId, r: receivingId },
      token.hq,
    );
    return {
      sending: result.data?.sendingOffer.peopleAvailable,
      sendingStatus: result.data?.sendingOffer.status,
      receiving: result.data?.receivingOffer.peopleRemaining,
      receivingStatus: result.data?.receivingOffer.status,
    };
  }

  function send(by: string, op: CaseMutation, input: Record<string, unknown>) {
    return graphql<Record<string, CaseView>>(
      api.url,
      `mutation ($input: ${INPUT_TYPES[op]}!) { ${op}(input: $input) { ${CASE_FIELDS} } }`,
      { input },
      by,
    );
  }

  /** A change of `c` based on the version last seen. */
  function act(
    by: string,
    op: CaseMutation,
    c: { id: string; version: number },
    input: Record<string, unknown> = {},
  ) {
    return send(by, op, { caseId: c.id, expectedVersion: c.version, ...input });
  }

  /** A change that must succeed; its failure names the operation and the errors. */
  async function ok(
    by: string,
    op: CaseMutation,
    c: { id: string; version: number },
    input: Record<string, unknown> = {},
  ): Promise<CaseView> {
    const result = await act(by, op, c, input);
    if (result.errors || !result.data?.[op])
      throw new Error(`${op} failed: ${JSON.stringify(result.errors)}`);
    return result.data[op];
  }

  async function open(by: string, input: Record<string, unknown>): Promise<CaseView> {
    const result = await send(by, 'createCase', input);
    if (result.errors || !result.data?.createCase)
      throw new Error(`createCase failed: ${JSON.stringify(result.errors)}`);
    return result.data.createCase;
  }

  async function read(id: string, by = token.hq) {
    const result = await graphql<{
      case: CaseView & { history: HistoryEntry[]; establishments: Establishment[] };
    }>(api.url, CASE_QUERY, { id }, by);
    if (result.errors || !result.data?.case) throw new Error(`case failed: ${JSON.stringify(result.errors)}`);
    return result.data.case;
  }

  function firstError(result: GraphqlResponse<unknown>): GraphqlError {
    expect(result.errors).toHaveLength(1);
    return result.errors![0];
  }

  /** A refusal of the process: FAILED_PRECONDITION with the module's reason. */
  function expectPrecondition(result: GraphqlResponse<unknown>, reason: string): GraphqlError {
    const error = firstError(result);
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason });
    expect(result.data ?? null).toBeNull();
    return error;
  }

  function expectFieldErrors(
    result: GraphqlResponse<unknown>,
    fields: { field: string; message: unknown }[],
  ) {
    const error = firstError(result);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields).toEqual(fields);
  }

  const missingKeys = (error: GraphqlError) =>
    (error.extensions?.['missing'] as { key: string }[]).map((m) => m.key);

  const COMPLETE_CONTRACT = {
    startOn: startOfLastMonth,
    endOn: end12,
    duties: '検査工程の補助と品質記録',
    wageShareUnit: 'PERCENT',
    senderShare: 60,
    receiverShare: 40,
    workingHours: '8:30〜17:30',
    overtime: '月20時間以内',
    socialInsurance: 'SENDER',
    subsidyApplicationPlanned: true,
    concludedOn: before(5),
  };

  /** A secondment walked to STEP4 with every worker consenting, no union and a complete contract. */
  async function walkToContract(c: CaseView, labels: string[]): Promise<CaseView> {
    c = await ok(token.tokyo, 'advanceCase', c);
    c = await ok(token.tokyo, 'recordCaseMeeting', c, {
      heldOn: before(40),
      conditionsPresented: ALL_CONDITIONS,
      subsidyExplained: true,
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    c = await ok(token.tokyo, 'recordCaseWorkers', c, {
      workers: labels.map((label) => ({ label, consentOn: before(30), consentMethod: '同意書' })),
    });
    c = await ok(token.tokyo, 'recordCaseInternalProcedure', c, {
      conditionsStated: true,
      workerSelection: 'CALLED_FOR',
      unionAgreement: 'NO_UNION',
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    c = await ok(token.aichi, 'recordCaseWorkplaceTour', c, { heldOn: before(20), attendees: ['WORKERS'] });
    c = await ok(token.aichi, 'advanceCase', c);
    return ok(token.tokyo, 'recordCaseContract', c, COMPLETE_CONTRACT);
  }

  // ── 1. a secondment end to end ──────────────────────────────────────────────────────────────────────────────

  describe('a secondment from a Tokyo sender to an Aichi receiver, end to end', () => {
    let sendingId: string;
    let receivingId: string;
    let c: CaseView;
    let workerA: string;
    let workerB: string;

    it('is opened at STEP1 by the Tokyo consultant, and the Aichi consultant joins it', async () => {
      sendingId = await sendingOffer('SECONDMENT', 3, {
        desiredPeriodMonths: 12,
        earliestStartOn: startOfLastMonth,
      });
      receivingId = await receivingOffer(['SECONDMENT'], 3, { periodMonths: 12 });
      c = await open(token.tokyo, { sendingOfferId: sendingId, receivingOfferId: receivingId, people: 2 });
      expect(c).toMatchObject({
        stage: 'INFORMATION_COLLECTION',
        moveType: 'SECONDMENT',
        peoplePlanned: 2,
        peopleEstablished: 0,
        sendingConsultantId: userId['tokyo'],
        receivingConsultantId: null,
      });

      c = await ok(token.aichi, 'updateCaseTeam', c, {
        sendingConsultantId: userId['tokyo'],
        receivingConsultantId: userId['aichi'],
        peoplePlanned: 2,
      });
      expect(c).toMatchObject({ receivingConsultantId: userId['aichi'], updatedByUserId: userId['aichi'] });

      c = await ok(token.tokyo, 'advanceCase', c);
      expect(c.stage).toBe('INTER_COMPANY_MEETING');
    });

    it('refuses to leave STEP2 before the meeting is recorded, naming every missing item', async () => {
      const refused = await act(token.tokyo, 'advanceCase', c);
      const error = expectPrecondition(refused, 'STAGE_REQUIREMENTS_MISSING');
      expect(missingKeys(error)).toEqual(['meetingHeld', 'conditionsPresented', 'subsidyExplained']);
      expect(error.message).toBe(
        '出向元の社内手続に進めません。不足している項目: 企業間面談の実施日、諸条件(期間・賃金・労働時間)の提示(未提示: 期間、賃金、労働時間)、助成金の周知と活用勧奨',
      );
      expect((await read(c.id)).version).toBe(c.version);

      c = await ok(token.tokyo, 'recordCaseMeeting', c, {
        heldOn: before(40),
        attendees: '送出・受入両社の人事担当、センター東京・愛知',
        conditionsPresented: ALL_CONDITIONS,
        conditionsNote: '期間12か月、賃金は出向元水準を維持',
        subsidyExplained: true,
      });
      expect(c.missingForNextStage).toEqual([]);
      c = await ok(token.tokyo, 'advanceCase', c);
      expect(c.stage).toBe('INTERNAL_PROCEDURE');
    });

    it('records the workers and the internal procedure and goes on to STEP3 while consent and the union are pending', async () => {
      c = await ok(token.tokyo, 'recordCaseWorkers', c, {
        workers: [
          { label: '対象者A', consentOn: before(30), consentMethod: '同意書' },
          { label: '対象者B', consentOn: null },
        ],
      });
      [workerA, workerB] = c.workers.map((w) => w.id);
      expect(c.workers).toMatchObject([
        { label: '対象者A', consentOn: before(30), established: false },
        { label: '対象者B', consentOn: null, established: false },
      ]);
      const unionWithoutDate = await act(token.tokyo, 'recordCaseInternalProcedure', c, {
        conditionsStated: true,
        workerSelection: 'SELECTED',
        unionAgreement: 'AGREED',
      });
      expectFieldErrors(unionWithoutDate, [
        { field: 'input.unionAgreedOn', message: '労働組合と合意済みの場合は合意日を入力してください。' },
      ]);
      c = await ok(token.tokyo, 'recordCaseInternalProcedure', c, {
        conditionsStated: true,
        workerSelection: 'SELECTED',
        unionAgreement: 'PENDING',
        workRulesClause: true,
      });

      c = await ok(token.tokyo, 'advanceCase', c);
      expect(c.stage).toBe('WORKPLACE_TOUR');
      c = await ok(token.aichi, 'recordCaseWorkplaceTour', c, {
        heldOn: before(20),
        attendees: ['SENDER_HR', 'WORKERS'],
      });
      expect(c.workplaceTour).toEqual({ heldOn: before(20), attendees: ['SENDER_HR', 'WORKERS'] });
    });

    it('refuses STEP4 without every worker’s consent and the union agreement; the two offices supply them', async () => {
      const refused = await act(token.aichi, 'advanceCase', c);
      const error = expectPrecondition(refused, 'STAGE_REQUIREMENTS_MISSING');
      expect(missingKeys(error)).toEqual(['workerConsent', 'unionAgreement']);
      expect(error.message).toBe(
        'STEP4 出向契約の締結に進めません。不足している項目: 対象労働者全員の同意(同意が未確認の対象労働者: 対象者B)、労働組合との合意(労働組合がない場合はその旨)',
      );
      expect(error.extensions?.['missing']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'workerConsent', label: '対象労働者全員の同意' }),
        ]),
      );

      // Tokyo (the sender's office) records the late consent, Aichi the union agreement it was told of.
      c = await ok(token.tokyo, 'recordCaseWorkers', c, {
        workers: [
          { id: workerA, label: '対象者A', consentOn: before(30), consentMethod: '同意書' },
          { id: workerB, label: '対象者B', consentOn: before(10), consentMethod: '同意書' },
        ],
      });
      expect(c.workers.map((w) => w.id)).toEqual([workerA, workerB]);
      c = await ok(token.aichi, 'recordCaseInternalProcedure', c, {
        conditionsStated: true,
        workerSelection: 'SELECTED',
        unionAgreement: 'AGREED',
        unionAgreedOn: before(8),
        workRulesClause: true,
      });
      c = await ok(token.aichi, 'advanceCase', c);
      expect(c.stage).toBe('CONTRACT');
    });

    it('checks the contract: complete before the start, within the offers’ period or with a reason, wages split to 100%', async () => {
      c = await ok(token.tokyo, 'recordCaseContract', c, { startOn: startOfLastMonth, endOn: end12 });
      expect(c.contract).toMatchObject({ startOn: startOfLastMonth, endOn: end12, months: 12 });

      const incomplete = await act(token.tokyo, 'recordCaseEstablishment', c, {
        establishedOn: startOfLastMonth,
        workerIds: [workerA, workerB],
      });
      const missing = expectPrecondition(incomplete, 'STAGE_REQUIREMENTS_MISSING');
      expect(missingKeys(missing)).toEqual([
        'contractDuties',
        'wageSplit',
        'workingHours',
        'socialInsurance',
        'subsidyPlan',
        'contractConcluded',
      ]);
      expect(missing.message).toMatch(/^STEP5 出向の開始に進めません。不足している項目: 職務内容、/);

      const advanced = await act(token.tokyo, 'advanceCase', c);
      expect(expectPrecondition(advanced, 'INVALID_TRANSITION').message).toContain('「成立の記録」');

      const tooLong = await act(token.tokyo, 'recordCaseContract', c, { ...COMPLETE_CONTRACT, endOn: end15 });
      expectFieldErrors(tooLong, [
        {
          field: 'input.periodOverrideReason',
          message:
            '出向期間(15か月)が送出情報の希望期間(12か月)を超えています。出向期間(15か月)が受入情報の期間(12か月)を超えています。この期間とする場合は理由を入力してください。',
        },
      ]);
      c = await ok(token.aichi, 'recordCaseContract', c, {
        ...COMPLETE_CONTRACT,
        endOn: end15,
        periodOverrideReason: '繁忙期を含めるため両社が合意',
      });
      expect(c.contract).toMatchObject({
        endOn: end15,
        months: 15,
        periodOverrideReason: '繁忙期を含めるため両社が合意',
      });

      const badSplit = await act(token.tokyo, 'recordCaseContract', c, {
        ...COMPLETE_CONTRACT,
        senderShare: 60,
        receiverShare: 30,
      });
      expectFieldErrors(badSplit, [
        {
          field: 'input.receiverShare',
          message: '賃金負担の割合は合計100%になるように入力してください(現在90%)。',
        },
      ]);

      c = await ok(token.tokyo, 'recordCaseContract', c, COMPLETE_CONTRACT);
      expect(c.contract).toMatchObject({
        endOn: end12,
        months: 12,
        periodOverrideReason: null,
        senderShare: 60,
      });
      expect(c.missingForNextStage).toEqual([]);
    });

    it('establishes the secondment: STEP5 with both workers, both offers reduced, the establishment listed', async () => {
      expect(await offers(sendingId, receivingId)).toMatchObject({ sending: 3, receiving: 3 });
      c = await ok(token.tokyo, 'recordCaseEstablishment', c, {
        establishedOn: startOfLastMonth,
        workerIds: [workerA, workerB],
      });
      expect(c).toMatchObject({ stage: 'STARTED', peopleEstablished: 2, establishedOn: startOfLastMonth });
      expect(c.workers.map((w) => w.established)).toEqual([true, true]);
      expect(await offers(sendingId, receivingId)).toEqual({
        sending: 1,
        sendingStatus: 'OPEN',
        receiving: 1,
        receivingStatus: 'OPEN',
      });
      const stored = await read(c.id, token.aichi);
      expect(stored.establishments).toEqual([
        {
          kind: 'ESTABLISHED',
          occurredOn: startOfLastMonth,
          people: 2,
          workerIds: expect.arrayContaining([workerA, workerB]),
          reason: null,
        },
      ]);

      const notEstablished = await act(token.tokyo, 'endCaseNotEstablished', c, {
        reasonCode: 'DECLINED_BY_WORKER',
      });
      expect(expectPrecondition(notEstablished, 'INVALID_TRANSITION').message).toContain(
        '成立済みの案件は不成立にできません',
      );

      c = await ok(token.aichi, 'advanceCase', c, { note: '出向開始を確認' });
      expect(c.stage).toBe('FOLLOW_UP');

      const backBeforeStart = await act(token.tokyo, 'moveCaseBack', c, {
        toStage: 'CONTRACT',
        reason: '契約内容を見直すため',
      });
      expect(expectPrecondition(backBeforeStart, 'INVALID_TRANSITION').message).toBe(
        '成立済みの案件はSTEP5 出向の開始より前に戻せません。人数の変更は「成立人数の訂正」で記録してください。',
      );
    });

    it('completes (returned) only after a follow-up is recorded', async () => {
      const refused = await act(token.tokyo, 'completeCase', c, { outcome: 'RETURNED', completedOn: today });
      const error = expectPrecondition(refused, 'STAGE_REQUIREMENTS_MISSING');
      expect(missingKeys(error)).toEqual(['followUpRecorded']);
      expect(error.message).toBe('完了に進めません。不足している項目: フォローアップの記録(1回以上)');

      c = await ok(token.aichi, 'recordFollowUp', c, {
        heldOn: yesterday,
        method: 'VISIT',
        participants: '出向者、受入企業の上長',
        secondeeSituation: '職場に慣れ、検査工程を一人で担当している',
        receiverSituation: '戦力として評価',
      });
      const extended = await act(token.tokyo, 'completeCase', c, { outcome: 'EXTENDED', completedOn: today });
      expectFieldErrors(extended, [
        { field: 'input.note', message: '延長の場合は延長後の期間などをメモに入力してください。' },
      ]);
      c = await ok(token.tokyo, 'completeCase', c, {
        outcome: 'RETURNED',
        completedOn: today,
        note: '期間満了により出向元へ復帰',
      });
      expect(c).toMatchObject({ stage: 'COMPLETED', completionOutcome: 'RETURNED', endedOn: today });
      expectPrecondition(
        await act(token.tokyo, 'recordCaseMeeting', c, { heldOn: before(1) }),
        'CASE_CLOSED',
      );
    });

    it('keeps a history of every change: who, which stage move, and each field before and after', async () => {
      const stored = await read(c.id, token.tokyo);
      expect(stored.history.map((h) => h.action)).toEqual([
        'CREATED',
        'CONSULTANTS_ASSIGNED',
        'ADVANCED',
        'MEETING_RECORDED',
        'ADVANCED',
        'WORKERS_RECORDED',
        'INTERNAL_PROCEDURE_RECORDED',
        'ADVANCED',
        'WORKPLACE_TOUR_RECORDED',
        'WORKERS_RECORDED',
        'INTERNAL_PROCEDURE_RECORDED',
        'ADVANCED',
        'CONTRACT_RECORDED',
        'CONTRACT_RECORDED',
        'CONTRACT_RECORDED',
        'ESTABLISHED',
        'ADVANCED',
        'FOLLOW_UP_RECORDED',
        'COMPLETED',
      ]);
      const versions = stored.history.map((h) => h.caseVersion);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      expect(versions.at(-1)).toBe(stored.version);

      const moves = stored.history.filter((h) => h.fromStage !== null);
      expect(moves.map((h) => `${h.fromStage}→${h.toStage}`)).toEqual([
        'INFORMATION_COLLECTION→INTER_COMPANY_MEETING',
        'INTER_COMPANY_MEETING→INTERNAL_PROCEDURE',
        'INTERNAL_PROCEDURE→WORKPLACE_TOUR',
        'WORKPLACE_TOUR→CONTRACT',
        'CONTRACT→STARTED',
        'STARTED→FOLLOW_UP',
        'FOLLOW_UP→COMPLETED',
      ]);
      expect(stored.history.find((h) => h.toStage === 'FOLLOW_UP')).toMatchObject({
        actorUserId: userId['aichi'],
        reason: '出向開始を確認',
      });
      expect(stored.history.find((h) => h.action === 'FOLLOW_UP_RECORDED')?.actorUserId).toBe(
        userId['aichi'],
      );
      expect(stored.history.at(-1)).toMatchObject({
        action: 'COMPLETED',
        actorUserId: userId['tokyo'],
        reason: '期間満了により出向元へ復帰',
      });

      const tour = stored.history.find((h) => h.action === 'WORKPLACE_TOUR_RECORDED')!;
      expect(tour).toMatchObject({ actorUserId: userId['aichi'], actorName: '加藤 健' });
      expect(tour.changes).toEqual(
        expect.arrayContaining([
          { field: 'workplaceTour.heldOn', before: null, after: JSON.stringify(before(20)) },
        ]),
      );

      const contracts = stored.history.filter((h) => h.action === 'CONTRACT_RECORDED');
      expect(contracts.map((h) => h.actorUserId)).toEqual([
        userId['tokyo'],
        userId['aichi'],
        userId['tokyo'],
      ]);
      expect(contracts[1].changes).toEqual(
        expect.arrayContaining([
          { field: 'contract.endOn', before: JSON.stringify(end12), after: JSON.stringify(end15) },
          {
            field: 'contract.periodOverrideReason',
            before: null,
            after: JSON.stringify('繁忙期を含めるため両社が合意'),
          },
        ]),
      );
      expect(contracts[2].changes).toEqual(
        expect.arrayContaining([
          { field: 'contract.endOn', before: JSON.stringify(end15), after: JSON.stringify(end12) },
        ]),
      );
      const consent = stored.history.filter((h) => h.action === 'WORKERS_RECORDED')[1];
      expect(consent.actorUserId).toBe(userId['tokyo']);
      expect(consent.changes.map((ch) => ch.field)).toEqual(['workers']);

      const established = stored.history.find((h) => h.action === 'ESTABLISHED')!;
      expect(established.changes).toEqual(
        expect.arrayContaining([
          { field: 'peopleEstablished', before: '0', after: '2' },
          { field: 'establishedOn', before: null, after: JSON.stringify(startOfLastMonth) },
        ]),
      );
    });
  });

  // ── 2. a transfer end to end ────────────────────────────────────────────────────────────────────────────────

  it('walks a transfer to the hire and completion (settled), closing both offers at zero, refusing what a transfer lacks', async () => {
    const sendingId = await sendingOffer('TRANSFER', 1);
    const receivingId = await receivingOffer(['TRANSFER'], 1);
    let c = await open(token.aichi, { sendingOfferId: sendingId, receivingOfferId: receivingId });
    expect(c).toMatchObject({
      moveType: 'TRANSFER',
      peoplePlanned: 1,
      sendingConsultantId: null,
      receivingConsultantId: userId['aichi'],
    });

    c = await ok(token.aichi, 'advanceCase', c);
    // A transfer needs no subsidy explanation: the conditions and the date suffice.
    c = await ok(token.tokyo, 'recordCaseMeeting', c, {
      heldOn: before(40),
      conditionsPresented: ALL_CONDITIONS,
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    expect(c.stage).toBe('WORKPLACE_TOUR');

    const procedure = await act(token.tokyo, 'recordCaseInternalProcedure', c, {
      unionAgreement: 'NO_UNION',
    });
    expect(expectPrecondition(procedure, 'INVALID_TRANSITION').message).toBe(
      '出向元の社内手続の記録は移籍の案件にはありません。',
    );
    const contract = await act(token.tokyo, 'recordCaseContract', c, COMPLETE_CONTRACT);
    expectPrecondition(contract, 'INVALID_TRANSITION');

    c = await ok(token.aichi, 'recordCaseWorkplaceTour', c, { heldOn: before(20), attendees: ['WORKERS'] });
    c = await ok(token.aichi, 'advanceCase', c);
    expect(c.stage).toBe('HIRING_AGREED');
    c = await ok(token.tokyo, 'recordCaseWorkers', c, {
      workers: [{ label: '移籍対象者', consentOn: before(15), consentMethod: '面談で確認' }],
    });
    const worker = c.workers[0].id;

    const early = await act(token.aichi, 'recordCaseEstablishment', c, {
      establishedOn: yesterday,
      workerIds: [worker],
    });
    const missing = expectPrecondition(early, 'STAGE_REQUIREMENTS_MISSING');
    expect(missingKeys(missing)).toEqual([
      'hiringAgreed',
      'plannedHireOn',
      'hiringJobTitle',
      'employmentType',
    ]);
    expect(missing.message).toMatch(/^採用\(移籍\)に進めません。不足している項目: 採用内定日、/);

    c = await ok(token.aichi, 'recordCaseHiringAgreement', c, {
      agreedOn: before(10),
      plannedHireOn: yesterday,
      jobTitle: '品質検査',
      employmentType: 'REGULAR',
      monthlyWage: 260000,
    });
    const advanced = await act(token.aichi, 'advanceCase', c);
    expectPrecondition(advanced, 'INVALID_TRANSITION');

    c = await ok(token.aichi, 'recordCaseEstablishment', c, {
      establishedOn: yesterday,
      workerIds: [worker],
    });
    expect(c).toMatchObject({ stage: 'HIRED', peopleEstablished: 1, establishedOn: yesterday });
    expect(await offers(sendingId, receivingId)).toEqual({
      sending: 0,
      sendingStatus: 'CLOSED',
      receiving: 0,
      receivingStatus: 'CLOSED',
    });
    expect((await read(c.id)).establishments).toMatchObject([
      { kind: 'ESTABLISHED', people: 1, workerIds: [worker] },
    ]);

    c = await ok(token.aichi, 'advanceCase', c);
    expect(c.stage).toBe('FOLLOW_UP');
    const returned = await act(token.aichi, 'completeCase', c, { outcome: 'RETURNED', completedOn: today });
    expectFieldErrors(returned, [
      { field: 'input.outcome', message: 'この案件の結果には移籍先に定着を選択してください。' },
    ]);
    const unfollowed = await act(token.aichi, 'completeCase', c, { outcome: 'SETTLED', completedOn: today });
    expect(missingKeys(expectPrecondition(unfollowed, 'STAGE_REQUIREMENTS_MISSING'))).toEqual([
      'followUpRecorded',
    ]);
    c = await ok(token.tokyo, 'recordFollowUp', c, {
      heldOn: today,
      method: 'PHONE',
      secondeeSituation: '新しい職場に定着している',
    });
    c = await ok(token.aichi, 'completeCase', c, { outcome: 'SETTLED', completedOn: today });
    expect(c).toMatchObject({ stage: 'COMPLETED', completionOutcome: 'SETTLED', peopleEstablished: 1 });
    expect(await offers(sendingId, receivingId)).toMatchObject({ sending: 0, receiving: 0 });

    // A closed offer opens no new case.
    const again = await send(token.tokyo, 'createCase', {
      sendingOfferId: sendingId,
      receivingOfferId: receivingId,
    });
    expectFieldErrors(again, [
      { field: 'input.sendingOfferId', message: 'この送出情報は終了しています。' },
      { field: 'input.receivingOfferId', message: 'この受入情報は終了しています。' },
      { field: 'input.people', message: '人数は双方の残り人数(送出0人・受入0人)以下で入力してください。' },
    ]);
  });

  // ── 3. going back, not established, people, corrections ───────────────────────────────────────────────────

  it('goes back a stage only with a reason and to an earlier stage of the flow, and records it', async () => {
    let c = await open(token.tokyo, {
      sendingOfferId: await sendingOffer('SECONDMENT', 1),
      receivingOfferId: await receivingOffer(['SECONDMENT'], 1),
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    c = await ok(token.tokyo, 'recordCaseMeeting', c, {
      heldOn: before(40),
      attendees: '初回面談',
      conditionsPresented: ALL_CONDITIONS,
      subsidyExplained: true,
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    expect(c.stage).toBe('INTERNAL_PROCEDURE');

    expectFieldErrors(
      await act(token.tokyo, 'moveCaseBack', c, { toStage: 'INTER_COMPANY_MEETING', reason: '  ' }),
      [{ field: 'input.reason', message: '戻す理由を入力してください。' }],
    );
    expectFieldErrors(await act(token.tokyo, 'moveCaseBack', c, { toStage: 'CONTRACT', reason: '誤操作' }), [
      { field: 'input.toStage', message: '現在の段階(出向元の社内手続)より前の段階を選択してください。' },
    ]);
    expectFieldErrors(
      await act(token.tokyo, 'moveCaseBack', c, { toStage: 'HIRING_AGREED', reason: '誤操作' }),
      [{ field: 'input.toStage', message: 'この案件の流れにない段階です。' }],
    );

    c = await ok(token.aichi, 'moveCaseBack', c, {
      toStage: 'INTER_COMPANY_MEETING',
      reason: '受入側の条件変更により面談をやり直すため',
    });
    expect(c.stage).toBe('INTER_COMPANY_MEETING');
    expect(c.meeting?.attendees).toBe('初回面談');
    const stored = await read(c.id);
    expect(stored.history.at(-1)).toMatchObject({
      action: 'MOVED_BACK',
      actorUserId: userId['aichi'],
      fromStage: 'INTERNAL_PROCEDURE',
      toStage: 'INTER_COMPANY_MEETING',
      reason: '受入側の条件変更により面談をやり直すため',
      changes: [{ field: 'stage', before: '"INTERNAL_PROCEDURE"', after: '"INTER_COMPANY_MEETING"' }],
    });
  });

  it('ends a case as not established with a reason (text required for OTHER), after which it is closed', async () => {
    const sendingId = await sendingOffer('SECONDMENT', 2);
    const receivingId = await receivingOffer(['SECONDMENT'], 2);
    let c = await open(token.tokyo, { sendingOfferId: sendingId, receivingOfferId: receivingId, people: 2 });
    c = await ok(token.tokyo, 'advanceCase', c);

    expectFieldErrors(await act(token.tokyo, 'endCaseNotEstablished', c, { reasonCode: 'OTHER' }), [
      { field: 'input.reason', message: '「その他」を選んだ場合は理由を入力してください。' },
    ]);
    c = await ok(token.aichi, 'endCaseNotEstablished', c, {
      reasonCode: 'OTHER',
      reason: '受入企業の事業計画が変更された',
    });
    expect(c).toMatchObject({
      stage: 'NOT_ESTABLISHED',
      endedFromStage: 'INTER_COMPANY_MEETING',
      notEstablishedReason: 'OTHER',
      notEstablishedNote: '受入企業の事業計画が変更された',
      endedOn: today,
    });
    expect(c.missingForNextStage).toEqual([]);
    expect(await offers(sendingId, receivingId)).toMatchObject({ sending: 2, receiving: 2 });

    const attempts: [CaseMutation, Record<string, unknown>][] = [
      ['recordCaseMeeting', { heldOn: before(3) }],
      ['advanceCase', {}],
      ['moveCaseBack', { toStage: 'INFORMATION_COLLECTION', reason: '再開したい' }],
      ['endCaseNotEstablished', { reasonCode: 'DECLINED_BY_SENDER' }],
      ['updateCaseTeam', { peoplePlanned: 1 }],
    ];
    for (const [op, input] of attempts) {
      const error = expectPrecondition(await act(token.tokyo, op, c, input), 'CASE_CLOSED');
      expect(error.message).toBe('この案件は終了しているため変更できません。');
    }
    expect((await read(c.id)).version).toBe(c.version);

    // A different reason code needs no text.
    let declined = await open(token.tokyo, { sendingOfferId: sendingId, receivingOfferId: receivingId });
    declined = await ok(token.tokyo, 'endCaseNotEstablished', declined, {
      reasonCode: 'DECLINED_BY_RECEIVER',
    });
    expect(declined).toMatchObject({
      stage: 'NOT_ESTABLISHED',
      endedFromStage: 'INFORMATION_COLLECTION',
      notEstablishedReason: 'DECLINED_BY_RECEIVER',
      notEstablishedNote: null,
    });
  });

  it('refuses more people than both offers still have, and records a withdrawal as a correction', async () => {
    const sendingId = await sendingOffer('SECONDMENT', 2);
    const receivingId = await receivingOffer(['SECONDMENT'], 2);
    let c = await open(token.tokyo, { sendingOfferId: sendingId, receivingOfferId: receivingId, people: 2 });
    c = await walkToContract(c, ['対象者1', '対象者2', '対象者3']);
    const [w1, w2, w3] = c.workers.map((w) => w.id);

    const tooMany = await act(token.tokyo, 'recordCaseEstablishment', c, {
      establishedOn: startOfLastMonth,
      workerIds: [w1, w2, w3],
    });
    const error = expectPrecondition(tooMany, 'PEOPLE_EXCEED_REMAINING');
    expect(error.message).toBe('人数(3人)が残り人数を超えています: 送出情報の残り2人、受入情報の残り2人。');
    expect(error.extensions).toMatchObject({
      people: 3,
      shortfalls: [
        { side: 'sending', remaining: 2 },
        { side: 'receiving', remaining: 2 },
      ],
    });
    expect((await read(c.id)).stage).toBe('CONTRACT');
    expect(await offers(sendingId, receivingId)).toMatchObject({ sending: 2, receiving: 2 });

    c = await ok(token.tokyo, 'recordCaseEstablishment', c, {
      establishedOn: startOfLastMonth,
      workerIds: [w1, w2],
    });
    expect(c).toMatchObject({ stage: 'STARTED', peopleEstablished: 2 });
    expect(await offers(sendingId, receivingId)).toEqual({
      sending: 0,
      sendingStatus: 'CLOSED',
      receiving: 0,
      receivingStatus: 'CLOSED',
    });

    expectFieldErrors(
      await act(token.tokyo, 'correctCaseEstablishment', c, {
        occurredOn: yesterday,
        withdrawnWorkerIds: [w2],
        reason: ' ',
      }),
      [{ field: 'input.reason', message: '訂正の理由を入力してください。' }],
    );
    c = await ok(token.aichi, 'correctCaseEstablishment', c, {
      occurredOn: yesterday,
      withdrawnWorkerIds: [w2],
      reason: '対象者2が初日に体調不良で辞退',
    });
    expect(c).toMatchObject({ stage: 'STARTED', peopleEstablished: 1 });
    expect(c.workers.find((w) => w.id === w2)).toMatchObject({ established: false, withdrawnOn: yesterday });
    expect(await offers(sendingId, receivingId)).toEqual({
      sending: 1,
      sendingStatus: 'OPEN',
      receiving: 1,
      receivingStatus: 'OPEN',
    });
    const stored = await read(c.id);
    expect(stored.establishments).toEqual([
      expect.objectContaining({ kind: 'ESTABLISHED', people: 2, occurredOn: startOfLastMonth }),
      {
        kind: 'CORRECTION',
        occurredOn: yesterday,
        people: -1,
        workerIds: [w2],
        reason: '対象者2が初日に体調不良で辞退',
      },
    ]);
    expect(stored.history.at(-1)).toMatchObject({
      action: 'ESTABLISHMENT_CORRECTED',
      actorUserId: userId['aichi'],
      reason: '対象者2が初日に体調不良で辞退',
    });
    expect(stored.history.at(-1)?.changes).toEqual(
      expect.arrayContaining([{ field: 'peopleEstablished', before: '2', after: '1' }]),
    );
  });

  // ── 4. concurrency ──────────────────────────────────────────────────────────────────────────────────────────

  it('lets exactly one of two simultaneous updates win; the other gets CONFLICT and can re-apply on the new version', async () => {
    let c = await open(token.tokyo, {
      sendingOfferId: await sendingOffer('SECONDMENT', 1),
      receivingOfferId: await receivingOffer(['SECONDMENT'], 1),
    });
    c = await ok(token.tokyo, 'advanceCase', c);
    const meeting = (attendees: string) => ({
      heldOn: before(40),
      attendees,
      conditionsPresented: ALL_CONDITIONS,
    });
    const [fromTokyo, fromAichi] = await Promise.all([
      act(token.tokyo, 'recordCaseMeeting', c, meeting('東京事務所の記録')),
      act(token.aichi, 'recordCaseMeeting', c, meeting('愛知事務所の記録')),
    ]);
    const results = [
      { by: 'tokyo', attendees: '東京事務所の記録', result: fromTokyo },
      { by: 'aichi', attendees: '愛知事務所の記録', result: fromAichi },
    ];
    const winners = results.filter((r) => !r.result.errors);
    const losers = results.filter((r) => r.result.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const [winner] = winners;
    const [loser] = losers;
    expect(winner.result.data?.['recordCaseMeeting'].version).toBe(c.version + 1);
    const conflict = firstError(loser.result);
    expect(conflict.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: c.version + 1,
      currentStage: 'INTER_COMPANY_MEETING',
      updatedByUserId: userId[winner.by],
    });
    expect(conflict.message).toContain('他のユーザーが先にこの案件を更新しました');

    const afterRace = await read(c.id);
    expect(afterRace.meeting?.attendees).toBe(winner.attendees);
    expect(afterRace.history.filter((h) => h.action === 'MEETING_RECORDED')).toHaveLength(1);

    // The loser re-reads, sees the winner's record and re-applies theirs on the current version: nothing is lost.
    const reapplied = await ok(token[loser.by as 'tokyo' | 'aichi'], 'recordCaseMeeting', afterRace, {
      ...meeting(`${winner.attendees}、${loser.attendees}`),
    });
    expect(reapplied.version).toBe(c.version + 2);
    const final = await read(c.id);
    expect(final.meeting?.attendees).toBe(`${winner.attendees}、${loser.attendees}`);
    expect(final.history.filter((h) => h.action === 'MEETING_RECORDED').map((h) => h.actorUserId)).toEqual([
      userId[winner.by],
      userId[loser.by],
    ]);
  });

  // ── 5. who may read and act ─────────────────────────────────────────────────────────────────────────────────

  it('keeps a case to the offices involved and HQ: others read the summary, executives and partners nothing', async () => {
    const sendingId = await sendingOffer('SECONDMENT', 1);
    const receivingId = await receivingOffer(['SECONDMENT'], 1);
    let c = await open(token.tokyo, { sendingOfferId: sendingId, receivingOfferId: receivingId });
    c = await ok(token.tokyo, 'advanceCase', c);

    const full = (by: string) =>
      graphql(api.url, 'query ($id: ID!) { case(id: $id) { id stage } }', { id: c.id }, by);
    const summary = (by: string) =>
      graphql<{ caseSummary: { id: string; stage: string; version: number } }>(
        api.url,
        'query ($id: ID!) { caseSummary(id: $id) { id stage version peoplePlanned } }',
        { id: c.id },
        by,
      );

    // An Osaka consultant: not involved. The summary yes, the case and every change no.
    const notInvolved = firstError(await full(token.osaka));
    expect(notInvolved.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_INVOLVED' });
    expect(notInvolved.message).toBe(
      'この案件を担当する事務所(送出側・受入側)のコンサルタントと本部のみが、詳細の閲覧と操作を行えます。',
    );
    const osakaSummary = await summary(token.osaka);
    expect(osakaSummary.errors).toBeUndefined();
    expect(osakaSummary.data?.caseSummary).toMatchObject({
      id: c.id,
      stage: 'INTER_COMPANY_MEETING',
      version: c.version,
    });

    // Every mutation that names a case, found in the schema so a new one cannot be missed.
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const caseMutations = everyOperation(schema).filter((op) => {
      if (!op.id.startsWith('Mutation.')) return false;
      const field = schema.getMutationType()!.getFields()[op.id.slice('Mutation.'.length)];
      const input = field.args.find((a) => a.name === 'input');
      const type = input && getNamedType(input.type);
      // A case's own mutations require its id; another record's input may only point at a case (a referral's 成立).
      return !!type && isInputObjectType(type) && isNonNullType(type.getFields()['caseId']?.type);
    });
    expect(caseMutations.map((op) => op.id)).toEqual(
      expect.arrayContaining(
        (Object.keys(INPUT_TYPES) as CaseMutation[])
          .filter((op) => op !== 'createCase')
          .map((op) => `Mutation.${op}`),
      ),
    );
    const wrong: string[] = [];
    for (const op of caseMutations) {
      const input = { ...(op.variables['input'] as object), caseId: c.id, expectedVersion: c.version };
      const result = await graphql(api.url, op.document, { ...op.variables, input }, token.osaka);
      const error = result.errors?.[0];
      if (error?.extensions?.code !== 'FORBIDDEN' || error.extensions.reason !== 'NOT_INVOLVED') {
        wrong.push(`${op.id} → ${JSON.stringify(result.errors ?? result.data)}`);
      }
    }
    expect(wrong).toEqual([]);
    const create = firstError(
      await send(token.osaka, 'createCase', { sendingOfferId: sendingId, receivingOfferId: receivingId }),
    );
    expect(create.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_INVOLVED' });
    expect((await read(c.id)).version).toBe(c.version);

    // HQ reads and acts on any office's case.
    expect((await full(token.hq)).errors).toBeUndefined();
    c = await ok(token.hq, 'recordCaseMeeting', c, { heldOn: before(2), attendees: '本部が代理で記録' });
    expect(c.updatedByUserId).toBe(userId['hq']);

    // Executives see aggregates only, partners no case; administrators read summaries but do not work cases.
    for (const who of ['executive', 'partner'] as const) {
      for (const result of [await full(token[who]), await summary(token[who])]) {
        expect(firstError(result).extensions).toMatchObject({
          code: 'FORBIDDEN',
          reason: 'ROLE_NOT_ALLOWED',
        });
      }
    }
    expect(firstError(await full(token.admin)).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
    expect((await summary(token.admin)).data?.caseSummary.id).toBe(c.id);

    const unknown = await graphql(
      api.url,
      'query ($id: ID!) { case(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      token.hq,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toBe('指定された案件が見つかりません。');
  });
});
