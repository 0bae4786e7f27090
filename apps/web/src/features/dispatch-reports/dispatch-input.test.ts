import { emptyCourse, emptyReport, emptySession, emptyWorker, type ReportDraft } from './dispatch-draft';
import { inputPathOf, reportInputOf } from './dispatch-input';
import { fileNameOf } from './csv-export';

/** Two workers; one course of two sessions (8 h both, then 1.5 h one of them) with the second deemed competent. */
function filled(): ReportDraft {
  const draft = emptyReport();
  const [w1, w2] = [emptyWorker(), emptyWorker()];
  Object.assign(w1, { workerId: ' P1 ', hiredOn: '2024-04-01' });
  Object.assign(w2, { workerId: 'P2', hiredOn: '2023-10-01' });
  const course = {
    ...emptyCourse(),
    name: '新任リーダー研修',
    kind1: 1,
    kind2: null,
    targetWorkers: 2,
    method: '2',
    cost: '1',
    wage: '1',
    deemed: [w2.key],
    sessions: [
      { ...emptySession(), date: '2024-06-01', hours: 8, attendees: [w1.key, w2.key] },
      { ...emptySession(), date: '2024-07-01', hours: 1.5, attendees: [w1.key] },
    ],
  };
  return {
    ...draft,
    contacts: { total: 2, alsoDispatchManager: 1, careerConsultants: 1, experienced: 1, knowledgeable: 0 },
    consultedHeadcount: 5,
    wagesPaidForTrainingYen: 100000,
    trainingPersonHours: 50,
    workers: [w1, w2],
    sheets: [{ ...draft.sheets[0], courses: [course] }],
  };
}

describe("the calculator's input", () => {
  it('sends hours as minutes, the roster onto each attendee, and only the 種別 given', () => {
    const { input, problems } = reportInputOf(filled(), '入力してください。');
    expect(problems).toEqual([]);
    const course = input.sheets[0].courses[0];
    expect(input.sheets[0].category).toBe(1);
    expect(course.targetKinds).toEqual([1]);
    expect([course.method, course.cost, course.wage]).toEqual([2, 1, 1]);
    expect(course.deemedCompetent).toEqual(['P2']);
    expect(course.sessions.map((s) => s.minutes)).toEqual([480, 90]);
    expect(course.sessions[0].attendees).toEqual([
      { workerId: 'P1', hiredOn: '2024-04-01' },
      { workerId: 'P2', hiredOn: '2023-10-01' },
    ]);
  });

  it('names each value left empty at its path, never sending 0 in its place silently', () => {
    const { problems } = reportInputOf(emptyReport(), '入力してください。');
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'workers.0.workerId',
        'workers.0.hiredOn',
        'contacts.total',
        'consultedHeadcount',
        'sheets.0.courses.0.name',
        'sheets.0.courses.0.targetKinds',
        'sheets.0.courses.0.method',
        'sheets.0.courses.0.sessions.0.date',
        'sheets.0.courses.0.sessions.0.minutes',
      ]),
    );
    expect(problems.map((p) => p.field)).not.toContain('sheets.0.category');
  });

  it("puts the API's paths on the inputs: a list item on its list, an attendee on the roster's row", () => {
    const draft = filled();
    expect(inputPathOf(draft, 'input.contacts.alsoDispatchManager')).toBe('contacts.alsoDispatchManager');
    expect(inputPathOf(draft, 'sheets.0.courses.0.targetKinds.0')).toBe('sheets.0.courses.0.targetKinds');
    expect(inputPathOf(draft, 'sheets.0.courses.0.targetKinds.1')).toBe('sheets.0.courses.0.targetKinds.1');
    expect(inputPathOf(draft, 'sheets.0.courses.0.sessions.0.attendees.1.hiredOn')).toBe('workers.1.hiredOn');
    expect(inputPathOf(draft, 'sheets.0.courses.0.deemedCompetent.0')).toBe(
      'sheets.0.courses.0.deemedCompetent',
    );
    expect(inputPathOf(draft, 'contacts')).toBeUndefined();
  });
});

describe("the CSV's file name", () => {
  it("takes the API's UTF-8 name, then the plain one, then the fallback", () => {
    const both = `attachment; filename="dispatch-career-up-report.csv"; filename*=UTF-8''${encodeURIComponent('報告.csv')}`;
    expect(fileNameOf(both, 'x.csv')).toBe('報告.csv');
    expect(fileNameOf('attachment; filename="a.csv"', 'x.csv')).toBe('a.csv');
    expect(fileNameOf(null, 'x.csv')).toBe('x.csv');
  });
});
