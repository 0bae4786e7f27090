import { DEMO_PASSWORD } from '@kakehashi/platform';
import { readPublishedMonths, readPublishedYears } from '@kakehashi/statistics';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

const MONTHLY = `query ($fiscalYear: Int!, $moveType: MoveType, $officeId: ID) {
  monthlyStatistics(fiscalYear: $fiscalYear, moveType: $moveType, officeId: $officeId) {
    scope { label }
    months { yearMonth source preliminary established receiving sending unavailableReason }
    total { monthsCovered establishedSecondment receiving sending }
  }
}`;

interface Month {
  yearMonth: string;
  source: string;
  preliminary: boolean;
  established: number | null;
  receiving: number | null;
  sending: number | null;
  unavailableReason: string | null;
}

describe('statistics over HTTP, as an executive', () => {
  let api: RunningApi;
  let executive: string;

  beforeAll(async () => {
    api = await startTestApi();
    executive = await login(api.url, 'executive@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('gives back every published monthly secondment figure and the fiscal-year totals exactly', async () => {
    const published = readPublishedMonths();
    const totals: Record<number, unknown> = {};
    for (const fiscalYear of [2019, 2020, 2021, 2022]) {
      const result = await graphql<{
        monthlyStatistics: {
          scope: { label: string };
          months: Month[];
          total: { establishedSecondment: number; receiving: number | null; sending: number | null };
        };
      }>(api.url, MONTHLY, { fiscalYear, moveType: 'SECONDMENT' }, executive);
      expect(result.errors).toBeUndefined();
      const { months, total, scope } = result.data!.monthlyStatistics;
      expect(scope.label).toBe('全国');
      for (const month of months) {
        const row = published.find((m) => m.year_month === month.yearMonth);
        if (!row) {
          // February and March 2023 are counted live (the cut-over month is February 2023).
          expect(month.source).toBe('LIVE');
          continue;
        }
        expect([
          month.yearMonth,
          month.source,
          month.established,
          month.receiving,
          month.sending,
          month.preliminary,
        ]).toEqual([
          row.year_month,
          'PUBLISHED',
          row.secondment_established,
          row.secondment_receiving_info,
          row.secondment_sending_info,
          row.preliminary,
        ]);
      }
      const live = months
        .filter((m) => m.source === 'LIVE')
        .reduce((sum, m) => sum + (m.established ?? 0), 0);
      totals[fiscalYear] = [total.establishedSecondment - live, total.receiving, total.sending];
    }
    const liveReceivingSending = async () => {
      const r = await graphql<{ monthlyStatistics: { months: Month[] } }>(
        api.url,
        MONTHLY,
        { fiscalYear: 2022, moveType: 'SECONDMENT' },
        executive,
      );
      const live = r.data!.monthlyStatistics.months.filter((m) => m.source === 'LIVE');
      return [live.reduce((s, m) => s + m.receiving!, 0), live.reduce((s, m) => s + m.sending!, 0)];
    };
    const [liveReceiving, liveSending] = await liveReceivingSending();
    expect(totals).toEqual({
      2019: [1240, null, null],
      2020: [3061, 8192, 3427],
      2021: [5611, 18029, 5820],
      2022: [2413, 9625 + liveReceiving, 2489 + liveSending],
    });
  });

  it('gives back the annual results of FY2013-FY2021 and the published industry highlights', async () => {
    const result = await graphql<{
      annualStatistics: {
        years: {
          fiscalYear: number;
          establishedSecondment: number;
          establishedTransfer: number;
          establishedTotal: number;
          receiving: number;
          sending: number;
          source: string;
        }[];
      };
      industryFlows: {
        source: string;
        crossIndustryShare: number;
        topReceivingIndustries: { jsicCode: string; people: number }[];
      };
    }>(
      api.url,
      `
        query {
          annualStatistics(fromFiscalYear: 2013, toFiscalYear: 2021) {
            years {
              fiscalYear
              establishedSecondment
              establishedTransfer
              establishedTotal
              receiving
              sending
              source
            }
          }
          industryFlows(from: "2022-04", to: "2023-01", moveType: SECONDMENT) {
            source
            crossIndustryShare
            topReceivingIndustries {
              jsicCode
              people
            }
          }
        }
      `,
      {},
      executive,
    );
    expect(result.errors).toBeUndefined();
    const expected = readPublishedYears().filter((y) => y.fiscal_year <= 2021);
    expect(result.data!.annualStatistics.years).toEqual(
      expected.map((y) => ({
        fiscalYear: y.fiscal_year,
        establishedSecondment: y.secondment_established,
        establishedTransfer: y.transfer_established,
        establishedTotal: y.total_established,
        receiving: y.receiving_info,
        sending: y.sending_info,
        source: 'PUBLISHED',
      })),
    );
    expect(result.data!.annualStatistics.years.find((y) => y.fiscalYear === 2021)).toMatchObject({
      establishedSecondment: 5611,
      establishedTotal: 13960,
    });
    expect(result.data!.industryFlows).toEqual({
      source: 'PUBLISHED',
      crossIndustryShare: 59.2,
      topReceivingIndustries: [
        { jsicCode: 'E', people: 1176 },
        { jsicCode: 'R', people: 342 },
        { jsicCode: 'I', people: 261 },
      ],
    });
  });

  it('keeps a consultant to their own office', async () => {
    const consultant = await login(api.url, 'consultant.aichi@kakehashi.example', DEMO_PASSWORD);
    const own = await graphql<{ monthlyStatistics: { scope: { label: string }; months: Month[] } }>(
      api.url,
      MONTHLY,
      { fiscalYear: 2022 },
      consultant,
    );
    expect(own.data!.monthlyStatistics.scope.label).toBe('愛知事務所');
    expect(own.data!.monthlyStatistics.months[0].unavailableReason).toBe('NATIONAL_ONLY');
    const offices = await graphql<{ offices: { id: string; code: string }[] }>(
      api.url,
      '{ offices { id code } }',
      {},
      consultant,
    );
    const tokyo = offices.data!.offices.find((o) => o.code === '13')!.id;
    const other = await graphql(api.url, MONTHLY, { fiscalYear: 2022, officeId: tokyo }, consultant);
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toMatch(/所属事務所の統計のみ/);
  });
});
