// A secondment walked through the cases' GraphQL operations as a consultant would: opened, met, the worker consenting,
// the internal procedure, the tour, the contract, then (when the guards allow) started, followed up and completed.
import type { AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { insertOfferPair } from './case-fixtures';
import { ok, type JobcardKit } from './jobcard-kit';

export const CASE_FIELDS = 'id version stage workers { id label } followUps { id heldOn }';

export interface WalkedCase {
  id: string;
  version: number;
  stage: string;
  workers: { id: string; label: string }[];
  followUps: { id: string; heldOn: string }[];
}

/** The contract period: started 40 days ago, ending in 5 days, so the final evaluation can be dated today. */
export function casePeriod(): { startOn: string; endOn: string } {
  const today = todayInJapan();
  return { startOn: addDays(today, -40), endOn: addDays(today, 5) };
}

export function caseSteps(kit: JobcardKit) {
  const call = async (user: AuthUser, mutation: string, type: string, input: Record<string, unknown>) => {
    const data = ok(
      await kit.gql<Record<string, WalkedCase>>(
        user,
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${CASE_FIELDS} } }`,
        { input },
      ),
    );
    return data[mutation];
  };
  const v = (c: WalkedCase) => ({ caseId: c.id, expectedVersion: c.version });
  return {
    call,
    v,
    advance: (user: AuthUser, c: WalkedCase) => call(user, 'advanceCase', 'AdvanceCaseInput', v(c)),
    /** The raw response of an advance, to read a refusal. */
    tryAdvance: (user: AuthUser, c: WalkedCase) =>
      kit.gql(user, `mutation ($input: AdvanceCaseInput!) { advanceCase(input: $input) { id } }`, {
        input: v(c),
      }),
  };
}

/** A secondment (Tokyo → Aichi) walked to STEP4 with a complete contract and one consenting worker. */
export async function caseAtContract(
  kit: JobcardKit,
  tokyo: AuthUser,
  aichi: AuthUser,
  reason: 'SKILLS_DEVELOPMENT' | 'EMPLOYMENT_ADJUSTMENT',
): Promise<WalkedCase> {
  const { startOn, endOn } = casePeriod();
  const steps = caseSteps(kit);
  const pair = await insertOfferPair(kit.dataSource, { reason });
  let c = await steps.call(tokyo, 'createCase', 'CreateCaseInput', {
    sendingOfferId: pair.sendingOfferId,
    receivingOfferId: pair.receivingOfferId,
    moveType: 'SECONDMENT',
    people: 1,
  });
  c = await steps.advance(tokyo, c);
  c = await steps.call(tokyo, 'recordCaseMeeting', 'RecordMeetingInput', {
    ...steps.v(c),
    heldOn: addDays(startOn, -40),
    attendees: '両社人事担当',
    conditionsPresented: ['PERIOD', 'WAGES', 'WORKING_HOURS'],
    subsidyExplained: true,
  });
  c = await steps.advance(tokyo, c);
  c = await steps.call(tokyo, 'recordCaseWorkers', 'RecordCaseWorkersInput', {
    ...steps.v(c),
    workers: [{ label: '対象者1', consentOn: addDays(startOn, -30) }],
  });
  c = await steps.call(tokyo, 'recordCaseInternalProcedure', 'RecordInternalProcedureInput', {
    ...steps.v(c),
    conditionsStated: true,
    workerSelection: 'SELECTED',
    unionAgreement: 'NO_UNION',
    workRulesClause: true,
  });
  c = await steps.advance(tokyo, c);
  c = await steps.call(aichi, 'recordCaseWorkplaceTour', 'RecordWorkplaceTourInput', {
    ...steps.v(c),
    heldOn: addDays(startOn, -20),
    attendees: [],
  });
  c = await steps.advance(aichi, c);
  return steps.call(tokyo, 'recordCaseContract', 'RecordContractInput', {
    ...steps.v(c),
    startOn,
    endOn,
    duties: 'プレス加工',
    wageShareUnit: 'PERCENT',
    senderShare: 50,
    receiverShare: 50,
    workingHours: '9:00〜18:00',
    overtime: 'なし',
    socialInsurance: 'SENDER',
    subsidyApplicationPlanned: false,
    concludedOn: addDays(startOn, -10),
  });
}
