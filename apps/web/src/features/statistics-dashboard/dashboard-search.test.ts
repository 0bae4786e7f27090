import { describe, expect, it } from 'vitest';
import {
  dashboardSearchSchema,
  exportHref,
  flowsPeriod,
  scopeKey,
  scopeVariables,
  searchForScopeKey,
  searchScopeKey,
  shownFiscalYear,
} from './dashboard-search';

const OFFICE = '0b6f8a52-4d1e-4c5e-9a59-2f3a1f6f7b10';

describe('dashboard search', () => {
  it('drops what does not fit, so a hand-edited link still opens the page', () => {
    expect(dashboardSearchSchema.parse({ fy: 'x', scope: 'planet', office: 'nope' })).toEqual({});
    expect(dashboardSearchSchema.parse({ fy: '2024', scope: 'office', office: OFFICE })).toEqual({
      fy: 2024,
      scope: 'office',
      office: OFFICE,
    });
  });

  it('asks the API for the scope in the URL, or for its default when none is named', () => {
    expect(scopeVariables({ scope: 'region', region: '関東' })).toEqual({ officeId: null, region: '関東' });
    expect(scopeVariables({ scope: 'office', office: OFFICE })).toEqual({ officeId: OFFICE, region: null });
    expect(scopeVariables({ scope: 'region' })).toEqual({ officeId: null, region: null });
    expect(searchScopeKey({})).toBeNull();
  });

  it('turns a chosen scope into search params that keep the year, and back', () => {
    const key = scopeKey({ kind: 'REGION', region: '九州・沖縄', label: '九州・沖縄地方' });
    expect(searchForScopeKey(key, { fy: 2023, move: 'SECONDMENT', scope: 'office', office: OFFICE })).toEqual(
      {
        fy: 2023,
        move: 'SECONDMENT',
        scope: 'region',
        region: '九州・沖縄',
      },
    );
    expect(searchScopeKey(searchForScopeKey(key, { fy: 2023 }))).toBe(key);
    expect(searchForScopeKey('national', {})).toEqual({ fy: undefined, move: undefined, scope: 'national' });
  });

  it('shows this fiscal year in Japan by default (April to March)', () => {
    expect(shownFiscalYear({}, '2027-03-31')).toBe(2026);
    expect(shownFiscalYear({}, '2027-04-01')).toBe(2027);
    expect(shownFiscalYear({ fy: 2019 }, '2027-04-01')).toBe(2019);
  });

  it('asks for a whole fiscal year of industry flows, or its part before the cut-over when it falls inside', () => {
    expect(flowsPeriod(2024, '2023-02')).toEqual({ from: 'FY2024', to: 'FY2024' });
    expect(flowsPeriod(2022, '2023-02')).toEqual({ from: '2022-04', to: '2023-01' });
    expect(flowsPeriod(2022, '2023-01')).toEqual({ from: '2022-04', to: '2022-12' });
    expect(flowsPeriod(2022, '2022-04')).toEqual({ from: 'FY2022', to: 'FY2022' });
  });

  it('builds export links with the scope shown and nothing empty', () => {
    expect(exportHref('monthly', 'xlsx', { fiscalYear: 2024, officeId: null, region: '関東' })).toBe(
      '/statistics/exports/monthly?format=xlsx&fiscalYear=2024&region=%E9%96%A2%E6%9D%B1',
    );
  });
});
