// The Job Card's training-plan demo a consultant finds when signed in as consultant@kakehashi.example (東京事務所):
// the seed's model plan, accepted and under way with a week of its diary, for the receiving company of the demo
// office's STEP 2 case, and its training subsidy estimate kept with the case as explained at 企業間面談.
import { withDataSource } from '@kakehashi/database';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { graphql, login } from '../support/graphql-client';
import { startIsolatedTestApi, type IsolatedApi } from '../support/test-api';

describe('the demo training plan and its subsidy estimate at STEP 2', () => {
  let api: IsolatedApi;
  let token: string;
  let caseId: string;

  beforeAll(async () => {
    api = await startIsolatedTestApi();
    token = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
    const rows: { case_id: string }[] = await withDataSource(api.ownerUrl, (ds) =>
      ds.query(`SELECT "case_id" FROM "jobcard_training_plans" WHERE "trainee_name" = '見本 実習生'`),
    );
    expect(rows).toHaveLength(1);
    caseId = rows[0].case_id;
  }, 120_000);
  afterAll(() => api?.stop());

  it('shows the accepted model plan under way, its logs counted, on the STEP 2 case', async () => {
    const response = await graphql<{
      case: {
        stage: string;
        subsidyEstimates: {
          kind: string;
          totalYen: number;
          training: { trainees: { totalComputation: string }[] };
        }[];
      };
      trainingPlans: {
        status: string;
        validation: { valid: boolean; figures: { totalDisplay: string } };
        logTotals: { ojtDisplay: string; offJtCountedDisplay: string };
        logFindings: unknown[];
      }[];
    }>(
      api.url,
      `
        query ($caseId: ID!) {
          case(id: $caseId) {
            stage
            subsidyEstimates {
              kind
              totalYen
              training {
                trainees {
                  totalComputation
                }
              }
            }
          }
          trainingPlans(caseId: $caseId) {
            status
            validation {
              valid
              figures {
                totalDisplay
              }
            }
            logTotals {
              ojtDisplay
              offJtCountedDisplay
            }
            logFindings {
              code
            }
          }
        }
      `,
      { caseId },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.case.stage).toBe('INTER_COMPANY_MEETING');
    expect(response.data?.case.subsidyEstimates).toEqual([
      {
        kind: 'TRAINING',
        totalYen: 403_000,
        training: { trainees: [{ totalComputation: '64,600円 + 80,000円 + 258,400円 = 403,000円' }] },
      },
    ]);
    expect(response.data?.trainingPlans).toEqual([
      {
        status: 'ACCEPTED',
        validation: { valid: true, figures: { totalDisplay: '425時間' } },
        logTotals: { ojtDisplay: '21時間', offJtCountedDisplay: '6時間' },
        logFindings: [],
      },
    ]);
  });
});
