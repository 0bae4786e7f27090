import { hours, offJtRow, ojtRow } from './__fixtures__/plan-builders';
import { validateOffJtLecturers } from './off-jt-lecturers';
import type { LecturerBasis } from './training-plan.types';

const ownStaff = (lecturerBasis: LecturerBasis | null, years: number | null = null) =>
  offJtRow(hours(10), {
    offJtDelivery: 'OWN_STAFF',
    lecturerBasis,
    lecturerExperienceYears: years,
    name: '安全衛生',
  });

describe('Off-JT delivery and own-staff lecturers (R-TR-14)', () => {
  it('an outside institution or an invited lecturer needs no lecturer basis; OJT rows are not concerned', () => {
    expect(
      validateOffJtLecturers([
        ojtRow(hours(300)),
        offJtRow(hours(10), { offJtDelivery: 'OUTSIDE_INSTITUTION' }),
        offJtRow(hours(10), { offJtDelivery: 'INVITED_LECTURER' }),
      ]),
    ).toEqual([]);
  });

  it('asks how an Off-JT row is given', () => {
    expect(validateOffJtLecturers([offJtRow(hours(10), { offJtDelivery: null })])).toEqual([
      expect.objectContaining({
        code: 'OFF_JT_DELIVERY_MISSING',
        severity: 'ERROR',
        field: 'curriculum.0.offJtDelivery',
      }),
    ]);
  });

  it('own staff need a basis: a 専修学校 teacher, a 職業訓練指導員 licence, the employer or an officer pass', () => {
    const [missing] = validateOffJtLecturers([ownStaff(null)]);
    expect(missing).toMatchObject({
      code: 'OFF_JT_LECTURER_BASIS_MISSING',
      severity: 'ERROR',
      field: 'curriculum.0.lecturerBasis',
      rule: 'R-TR-14',
      seed: 'S001:1070',
    });
    expect(missing?.message).toContain('職業訓練指導員免許取得者');
    expect(
      validateOffJtLecturers([
        ownStaff('SENMON_TEACHER'),
        ownStaff('INSTRUCTOR_LICENCE'),
        ownStaff('EMPLOYER_OR_OFFICER'),
      ]),
    ).toEqual([]);
  });

  it('experience of 5 years passes; 4 years is a warning naming the years; no years is an error', () => {
    expect(validateOffJtLecturers([ownStaff('EXPERIENCE', 5)])).toEqual([]);
    const [short] = validateOffJtLecturers([ownStaff('EXPERIENCE', 4)]);
    expect(short).toMatchObject({
      code: 'OFF_JT_LECTURER_EXPERIENCE_UNDER_5_YEARS',
      severity: 'WARNING',
      field: 'curriculum.0.lecturerExperienceYears',
    });
    expect(short?.message).toContain('おおむね5年以上');
    expect(short?.message).toContain('現在 4年');
    expect(validateOffJtLecturers([ownStaff('EXPERIENCE', null)]).map((f) => f.code)).toEqual([
      'OFF_JT_LECTURER_EXPERIENCE_MISSING',
    ]);
  });
});
