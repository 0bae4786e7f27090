// Subsidy estimates (spec §6) through the API: the dated rate tables, the two estimates with every line's computation
// in Japanese, the 20-person cap (the 21st conversion refused), and an estimate attached to a case at STEP 2 and read
// back with the case exactly as it was shown, a secondment's note included.
import { openCase } from '../../__tests__/case-fixtures';
import { ok, reasonOf, staff, startKit, type JobcardKit, type Staff } from '../../__tests__/jobcard-kit';
import { draftWith, type PlanView, SAVE_PLAN } from '../../training-plans/__tests__/plan-documents';

const ESTIMATE_FIELDS = `
  id caseId planId kind rateTableId totalYen caseNotes
  training {
    rateTableId schemeName companySize totalYen totalComputation notes { text seed }
    trainees { name offJtHours ojtHours totalYen totalComputation lines { item label amountYen computation capped } }
  }
  conversion { totalYen totalComputation refused { code reason } lines { kindLabel amountYen computation } }
`;
const ATTACH = `mutation ($caseId: ID!, $kind: SubsidyEstimateKind!, $training: TrainingSubsidyInput, $conversion: ConversionSubsidyInput, $planId: ID) {
  attachSubsidyEstimate(caseId: $caseId, kind: $kind, training: $training, conversion: $conversion, planId: $planId) { ${ESTIMATE_FIELDS} }
}`;
const CASE_ESTIMATES = `query ($id: ID!) { case(id: $id) { id subsidyEstimates { ${ESTIMATE_FIELDS} } } }`;
const CONVERSION = `query ($input: ConversionSubsidyInput!) {
  estimateConversionSubsidy(input: $input) {
    rateTableId fiscalYearLabel totalYen totalComputation
    lines { name amountYen computation } refused { name code reason } findings { code severity field }
  }
}`;

interface Line {
  item: string;
  label: string;
  amountYen: number;
  computation: string;
  capped: boolean;
}
interface Estimate {
  id: string;
  caseId: string;
  planId: string | null;
  kind: string;
  rateTableId: string;
  totalYen: number;
  caseNotes: string[];
  training: {
    companySize: string;
    totalYen: number;
    notes: { text: string }[];
    trainees: {
      offJtHours: number;
      ojtHours: number;
      totalYen: number;
      totalComputation: string;
      lines: Line[];
    }[];
  } | null;
}

/** EX-SB-1a: SME, no uplift, Off-JT 120 h, OJT 300 h, cost 150,000 yen. */
const EX_SB_1A = {
  companySize: 'SME',
  productivityUplift: false,
  trainees: [{ name: '訓練生A', offJtMinutes: 120 * 60, ojtMinutes: 300 * 60, costBorneYen: 150_000 }],
};

describe('subsidy estimates through the API', () => {
  let kit: JobcardKit;
  let people: Staff;

  beforeAll(async () => {
    kit = await startKit('2025-10-01');
    people = await staff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('lists the dated rate tables: seed 001 (2015) until 2016-03-31, then seed 003 in force', async () => {
    const tables = ok(
      await kit.gql<{
        subsidyRateTables: {
          id: string;
          validFrom: string;
          validUntil: string | null;
          inForceToday: boolean;
        }[];
      }>(people.admin, '{ subsidyRateTables { id validFrom validUntil inForceToday } }'),
    ).subsidyRateTables;
    expect(tables).toEqual([
      { id: 'S001-2015', validFrom: '2015-04-10', validUntil: '2016-03-31', inForceToday: false },
      { id: 'S003', validFrom: '2016-04-01', validUntil: null, inForceToday: true },
    ]);
  });

  it('attaches an estimate to a case at STEP 2 and reads it back with the case, every line with its computation', async () => {
    const kase = await openCase(kit, people.hq, 'TRANSFER');
    const attached = ok(
      await kit.gql<{ attachSubsidyEstimate: Estimate }>(people.tokyo, ATTACH, {
        caseId: kase.caseId,
        kind: 'TRAINING',
        training: EX_SB_1A,
      }),
    ).attachSubsidyEstimate;
    expect(attached).toMatchObject({
      kind: 'TRAINING',
      rateTableId: 'S003',
      totalYen: 469_200,
      caseNotes: [],
    });
    const read = ok(
      await kit.gql<{ case: { subsidyEstimates: Estimate[] } }>(people.aichi, CASE_ESTIMATES, {
        id: kase.caseId,
      }),
    ).case.subsidyEstimates;
    expect(read).toEqual([attached]);
    const [trainee] = read[0].training?.trainees ?? [];
    expect(trainee.lines.map((line) => [line.label, line.amountYen, line.computation])).toEqual([
      ['Off-JT 賃金助成', 91_200, '760円 × 120時間 = 91,200円'],
      [
        'Off-JT 経費助成',
        150_000,
        '実費 150,000円と上限 200,000円（Off-JT 100時間以上200時間未満）の少ない方 = 150,000円',
      ],
      ['OJT 実施助成', 228_000, '760円 × 300時間 = 228,000円'],
    ]);
    expect(trainee.totalComputation).toBe('91,200円 + 150,000円 + 228,000円 = 469,200円');
    expect(read[0].training?.notes.map((n) => n.text).join()).toContain('増額');
  });

  it('notes on a secondment that the subsidies do not cover the sender’s regular employee (spec §9.1)', async () => {
    const kase = await openCase(kit, people.hq, 'SECONDMENT');
    const attached = ok(
      await kit.gql<{ attachSubsidyEstimate: Estimate }>(people.tokyo, ATTACH, {
        caseId: kase.caseId,
        kind: 'TRAINING',
        training: { ...EX_SB_1A, rateTableId: 'S001-2015' },
      }),
    ).attachSubsidyEstimate;
    // EX-SB-7a on seed 001's table: 800 × 120 + 150,000 + 800 × 300.
    expect(attached.totalYen).toBe(486_000);
    expect(attached.caseNotes).toEqual([
      expect.stringContaining('出向元の正規雇用労働者である場合、この助成金の対象になりません'),
    ]);
  });

  it("uses the plan's company size at submission and says so (R-EM-7); refuses a plan of another case", async () => {
    const kase = await openCase(kit, people.hq, 'TRANSFER');
    await kit.dataSource.query(`UPDATE "companies" SET "size" = 'LARGE' WHERE "id" = $1`, [
      kase.receivingCompanyId,
    ]);
    const plan = ok(
      await kit.gql<{ saveTrainingPlan: PlanView }>(people.aichi, SAVE_PLAN, {
        input: {
          companyId: kase.receivingCompanyId,
          caseId: kase.caseId,
          traineeName: '規模 試算',
          draft: draftWith(),
        },
      }),
    ).saveTrainingPlan;
    expect(plan.companySizeAtSubmission).toBe('LARGE');
    const attached = ok(
      await kit.gql<{ attachSubsidyEstimate: Estimate }>(people.aichi, ATTACH, {
        caseId: kase.caseId,
        kind: 'TRAINING',
        training: EX_SB_1A,
        planId: plan.id,
      }),
    ).attachSubsidyEstimate;
    // EX-SB-1c (large, no uplift): 57,000 + 150,000 + 199,500.
    expect(attached).toMatchObject({ planId: plan.id, totalYen: 406_500 });
    expect(attached.training?.companySize).toBe('LARGE');
    expect(attached.caseNotes).toEqual([
      expect.stringContaining('まだ済んでいません'),
      expect.stringContaining('提出時の内容（大企業）'),
    ]);
    const other = await openCase(kit, people.hq, 'TRANSFER');
    const refused = await kit.gql(people.hq, ATTACH, {
      caseId: other.caseId,
      kind: 'TRAINING',
      training: EX_SB_1A,
      planId: plan.id,
    });
    expect(reasonOf(refused)).toBe('INVALID_INPUT');
  });

  it('refuses the 21st conversion of the fiscal year at one establishment (R-SB-6), naming it', async () => {
    const estimate = ok(
      await kit.gql<{
        estimateConversionSubsidy: {
          totalYen: number;
          lines: { name: string; computation: string }[];
          refused: { name: string; code: string; reason: string }[];
          findings: { code: string; field: string }[];
        };
      }>(people.tokyo, CONVERSION, {
        input: {
          companySize: 'SME',
          productivityUplift: false,
          alreadyAppliedThisFiscalYear: 19,
          applicationOn: '2026-02-10',
          conversions: [
            { name: '20人目', kind: 'FIXED_TO_REGULAR', convertedOn: '2025-08-01' },
            { name: '21人目', kind: 'FIXED_TO_REGULAR', convertedOn: '2025-08-01' },
          ],
        },
      }),
    ).estimateConversionSubsidy;
    expect(estimate.totalYen).toBe(570_000);
    expect(estimate.lines).toEqual([
      { name: '20人目', amountYen: 570_000, computation: '①有期→正規 1人あたり 570,000円（中小企業）' },
    ]);
    expect(estimate.refused).toEqual([
      {
        name: '21人目',
        code: 'CONVERSION_CAP_EXCEEDED',
        reason: expect.stringContaining('2025年度（令和7年度）の21人目のため申請できません'),
      },
    ]);
  });

  it('refuses an estimate attached to another office’s case, and input that is no figure', async () => {
    const kase = await openCase(kit, people.hq, 'TRANSFER');
    const refused = await kit.gql(people.osaka, ATTACH, {
      caseId: kase.caseId,
      kind: 'TRAINING',
      training: EX_SB_1A,
    });
    expect(reasonOf(refused)).toBe('NOT_IN_SCOPE');
    const negative = await kit.gql(people.tokyo, ATTACH, {
      caseId: kase.caseId,
      kind: 'TRAINING',
      training: { ...EX_SB_1A, trainees: [{ ...EX_SB_1A.trainees[0], costBorneYen: -1 }] },
    });
    expect(reasonOf(negative)).toBe('INVALID_INPUT');
    expect(negative.errors?.[0].extensions.fields?.[0].field).toBe('training.trainees.0.costBorneYen');
    const missing = await kit.gql(people.tokyo, ATTACH, {
      caseId: kase.caseId,
      kind: 'CONVERSION',
      training: EX_SB_1A,
    });
    expect(reasonOf(missing)).toBe('INVALID_INPUT');
  });
});
