// Builders for the report's tests (not exported from the library).
import type {
  DispatchReportInput,
  TrainingCourseInput,
  TrainingSession,
  TrainingSheetInput,
} from '../../dispatch-report.types';

/** Everyone in the fixtures is hired on this day unless said: year 1 is 2024-04-01 – 2025-03-31. */
export const HIRED = '2024-04-01';

/** `n` worker ids with a prefix: ids('a', 3) → a1, a2, a3. */
export function ids(prefix: string, n: number, from = 1): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${from + i}`);
}

export function session(
  date: string,
  hours: number,
  workerIds: readonly string[],
  hiredOn = HIRED,
): TrainingSession {
  return { date, minutes: hours * 60, attendees: workerIds.map((workerId) => ({ workerId, hiredOn })) };
}

export function course(
  name: string,
  codes: { method: 1 | 2; cost: 1 | 2 | 3; wage: 1 | 2 | 3 },
  sessions: readonly TrainingSession[],
  extra: Partial<TrainingCourseInput> = {},
): TrainingCourseInput {
  return { name, targetKinds: [1], targetWorkers: 20, deemedCompetent: [], ...codes, sessions, ...extra };
}

export function report(
  sheets: readonly TrainingSheetInput[],
  extra: Partial<DispatchReportInput> = {},
): DispatchReportInput {
  return {
    contacts: { total: 5, alsoDispatchManager: 2, careerConsultants: 1, experienced: 2, knowledgeable: 2 },
    consultedHeadcount: 40,
    sheets,
    wagesPaidForTrainingYen: 0,
    trainingPersonHours: 0,
    ...extra,
  };
}

export const OFF_JT_QUALIFYING = { method: 2, cost: 1, wage: 1 } as const;
export const OJT_QUALIFYING = { method: 1, cost: 1, wage: 1 } as const;

/** EX-DR-1's courses A, B (qualifying) and C (有償, not qualifying). */
export function exDr1Courses(): TrainingCourseInput[] {
  return [
    course('A 新任リーダー研修', OFF_JT_QUALIFYING, [
      session('2024-06-03', 8, ids('p', 12)),
      // The repeat: p1 again (counted once in b) with three newcomers.
      session('2024-09-02', 8, ['p1', ...ids('p', 3, 13)]),
      session('2025-06-02', 8, ids('p', 10)),
    ]),
    course('B 品質管理OJT', OJT_QUALIFYING, [
      session('2024-07-01', 10, ids('q', 5)),
      session('2025-07-01', 10, ids('q', 6)),
    ]),
    course('C 資格取得講座', { method: 2, cost: 3, wage: 1 }, [session('2024-08-01', 20, ids('r', 3))]),
  ];
}

/** EX-DR-2's courses: D with 2 of 12 target workers deemed competent, E partly unpaid (賃金 2). */
export function exDr2Courses(deemedAlsoListedAsAttendees = false): TrainingCourseInput[] {
  const attendees = deemedAlsoListedAsAttendees ? [...ids('d', 10), 'd11', 'd12'] : ids('d', 10);
  return [
    course('D ビジネスマナー', OFF_JT_QUALIFYING, [session('2024-05-13', 3, attendees)], {
      targetWorkers: 12,
      deemedCompetent: ['d11', 'd12'],
    }),
    course('E 安全衛生OJT', { method: 1, cost: 1, wage: 2 }, [session('2024-05-20', 5, ids('e', 10))]),
  ];
}
