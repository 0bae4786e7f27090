// When the talent bank anonymises a registration at the end of its retention period, the registrant's name goes from
// their Job Card evaluation sheets, training plans and RETRY notes too, in the same transaction.
import { Role, type AuthUser } from '@kakehashi/authz';
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { AnonymiseRegistrantService } from '@kakehashi/talent-bank';
import {
  insertCompany,
  insertUser,
  ok,
  registerRegistrant,
  startKit,
  type JobcardKit,
} from '../../__tests__/jobcard-kit';
import { draftWith, SAVE_PLAN } from '../../training-plans/__tests__/plan-documents';
import { CREATE, sheet } from '../../__tests__/sheet-operations';

const today = todayInJapan();

describe('a registrant anonymised', () => {
  let kit: JobcardKit;
  let tokyo: AuthUser;

  beforeAll(async () => {
    kit = await startKit();
    tokyo = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
  });
  afterAll(() => kit.close());

  it('takes their name off their evaluation sheets, column and sheet alike', async () => {
    const registrantId = await registerRegistrant(kit, tokyo);
    const other = await registerRegistrant(kit, tokyo);
    const create = (id: string, name: string) =>
      sheet(kit, tokyo, CREATE, {
        subjectKind: 'REGISTRANT',
        registrantId: id,
        traineeName: name,
        duty: 'プレス加工',
        dutyType: 'SKILLED',
        periodStart: addDays(today, -60),
        periodEnd: today,
      });
    const erased = await create(registrantId, '消去 される');
    const kept = await create(other, '残る 人');
    const plan = ok(
      await kit.gql<{ saveTrainingPlan: { id: string } }>(tokyo, SAVE_PLAN, {
        input: {
          companyId: await insertCompany(kit.dataSource, '13'),
          registrantId,
          traineeName: '消去 される',
          draft: draftWith(),
          traineeFacts: { trainingField: 'プレス加工', history: [], currentEmploymentKind: 'FIXED_TERM' },
        },
      }),
    ).saveTrainingPlan;
    ok(
      await kit.gql(
        tokyo,
        'mutation ($input: NoteRetryProgrammeInput!) { noteRetryProgramme(input: $input) { id } }',
        {
          input: {
            registrantId,
            menuId: 'MIDCAREER_TECHNICAL',
            status: 'SUGGESTED',
            note: '本人と面談で提案',
          },
        },
      ),
    );
    // Closed long enough ago that the retention period is over (the talent bank's own tests walk the closing).
    await kit.dataSource.query(
      `UPDATE "talent_bank_registrants" SET "status" = 'WITHDRAWN', "closed_on" = '2001-04-01' WHERE "id" = $1`,
      [registrantId],
    );

    expect(await kit.app.get(AnonymiseRegistrantService).anonymise(registrantId)).toBe('ANONYMISED');

    const read = async (id: string) =>
      ok(
        await kit.gql<{ evaluationSheet: { header: { traineeName: string } } }>(
          tokyo,
          'query ($id: ID!) { evaluationSheet(id: $id) { header { traineeName } } }',
          { id },
        ),
      ).evaluationSheet.header.traineeName;
    expect(await read(erased.id)).toBe('匿名化済み');
    expect(await read(kept.id)).toBe('残る 人');
    const rows: { trainee_name: string; name: string }[] = await kit.dataSource.query(
      `SELECT "trainee_name", "sheet"->'header'->>'traineeName' AS "name" FROM "jobcard_evaluation_sheets" WHERE "id" = $1`,
      [erased.id],
    );
    expect(rows).toEqual([{ trainee_name: '匿名化済み', name: '匿名化済み' }]);
    expect(
      await kit.dataSource.query(
        `SELECT "trainee_name", "trainee_facts" FROM "jobcard_training_plans" WHERE "id" = $1`,
        [plan.id],
      ),
    ).toEqual([{ trainee_name: '匿名化済み', trainee_facts: null }]);
    expect(
      await kit.dataSource.query(
        `SELECT "menu_id", "note" FROM "jobcard_retry_notes" WHERE "registrant_id" = $1`,
        [registrantId],
      ),
    ).toEqual([{ menu_id: 'MIDCAREER_TECHNICAL', note: null }]);
  });
});
