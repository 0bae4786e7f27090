import { describe, expect, it } from 'vitest';
import type { CompanyRowFragment } from '../../gql/graphql';
import { receivingPrefill, sendingPrefill } from './referral-prefill';

const referral = {
  occupations: '製造ライン作業員',
  surplusPeople: 3,
  shortagePeople: 2,
  desiredStartOn: '2027-04-01',
  clientPrefectureCode: '13',
  description: '受注減少のため',
  institutionName: 'M銀行',
};
const company = { id: 'c1', legalName: '株式会社山田製作所' } as CompanyRowFragment;

describe('offer forms prefilled from a referral', () => {
  it('fills a sending offer with the company, people, occupations, timing and the partner’s words', () => {
    expect(sendingPrefill(referral, company)).toMatchObject({
      company,
      jobTitle: '製造ライン作業員',
      peopleCount: 3,
      earliestStartOn: '2027-04-01',
      acceptablePrefectureCodes: ['13'],
      reasonDetail: '受注減少のため',
      notes: '提携機関（M銀行）からの紹介。受注減少のため',
      reason: null,
      occupationCode: null,
    });
  });

  it('fills a receiving offer with the people wanted and the workplace prefecture', () => {
    expect(receivingPrefill(referral, company)).toMatchObject({
      company,
      jobTitle: '製造ライン作業員',
      peopleWanted: 2,
      startBy: '2027-04-01',
      workplacePrefectureCode: '13',
    });
  });
});
