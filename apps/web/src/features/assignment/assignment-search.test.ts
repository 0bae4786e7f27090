import { describe, expect, it } from 'vitest';
import { currentFiscalYear, monthsSearchSchema } from '../statistics-months/months-search';
import { hasProposalFilters, proposalVariables, reportSearchSchema } from './assignment-search';

describe('the proposals’ search params', () => {
  it('reads order, least points and state from the URL, and drops what does not fit', () => {
    expect(reportSearchSchema.parse({ order: 'SCORE_ASC', minPoints: '70', state: 'TAKEN_UP' })).toEqual({
      order: 'SCORE_ASC',
      minPoints: 70,
      state: 'TAKEN_UP',
    });
    expect(reportSearchSchema.parse({ order: 'RANDOM', minPoints: '101', state: 'x', shown: 3 })).toEqual({});
  });

  it('asks the API for scores 0..1 and the best first unless told otherwise', () => {
    expect(proposalVariables({})).toEqual({ first: 20, order: null, minScore: null, state: null });
    expect(proposalVariables({ minPoints: 65, order: 'SCORE_ASC' })).toEqual({
      first: 20,
      order: 'SCORE_ASC',
      minScore: 0.65,
      state: null,
    });
    expect(hasProposalFilters({})).toBe(false);
    expect(hasProposalFilters({ state: 'UNDECIDED' })).toBe(true);
  });
});

describe('the months’ fiscal year', () => {
  it('runs April to March in Japan', () => {
    expect(currentFiscalYear('2026-12-06')).toBe(2026);
    expect(currentFiscalYear('2027-03-31')).toBe(2026);
    expect(currentFiscalYear('2027-04-01')).toBe(2027);
    expect(monthsSearchSchema.parse({ fy: '2025' })).toEqual({ fy: 2025 });
    expect(monthsSearchSchema.parse({ fy: 'abc' })).toEqual({});
  });
});
