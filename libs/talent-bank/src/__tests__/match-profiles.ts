// A registrant and a senior opening that fit on every factor, for the matching factors' unit tests to vary.
import type { MatchReference, OpeningProfile, RegistrantProfile } from '../matching/factors/factor';
import { PhysicalDemand, WorkingStyle, WorkingStyleWanted } from '../talent-bank-enums';

export const matchRef: MatchReference = {
  prefectureNames: new Map([
    ['13', '東京都'],
    ['14', '神奈川県'],
    ['27', '大阪府'],
  ]),
  prefectureRegions: new Map([
    ['13', '関東'],
    ['14', '関東'],
    ['27', '近畿'],
  ]),
  occupationNames: new Map([
    ['A', '管理的職業従事者'],
    ['C', '事務従事者'],
    ['K', '運搬・清掃・包装等従事者'],
  ]),
};

export const aRegistrant = (over: Partial<RegistrantProfile> = {}): RegistrantProfile => ({
  id: 'r',
  prefectureCode: '13',
  desiredOccupationCodes: ['C'],
  workingStyle: WorkingStyleWanted.PART_TIME,
  daysPerWeek: 3,
  hoursPerDay: 6,
  monthlyWage: 180000,
  acceptablePrefectureCodes: [],
  earliestStartOn: '2027-01-04',
  maxPhysicalDemand: PhysicalDemand.MODERATE,
  skillKeys: ['日商簿記検定2級', 'excel'],
  ...over,
});

export const anOpening = (over: Partial<OpeningProfile> = {}): OpeningProfile => ({
  receivingOfferId: 'o',
  occupationCode: 'C',
  workplacePrefectureCode: '13',
  workingStyle: WorkingStyle.PART_TIME,
  daysPerWeek: 3,
  hoursPerDay: 6,
  physicalDemand: PhysicalDemand.LIGHT,
  wageMin: 160000,
  wageMax: 200000,
  offerMonthlyWage: 300000,
  requiredSkills: [{ skillId: null, label: '日商簿記検定2級', key: '日商簿記検定2級' }],
  preferredSkills: [{ skillId: null, label: 'Excel', key: 'excel' }],
  startBy: '2027-02-01',
  ...over,
});
