// One course's a and b per tenure year (R-DR-4, R-DR-9), without the deemed-competent (R-DR-7).
import type { RuleFinding } from '../../shared/rule-finding';
import type {
  CourseResult,
  ExcludedAttendance,
  ExclusionReason,
  SessionAttendee,
  TrainingCourseInput,
  TrainingSession,
} from '../dispatch-report.types';
import { dispatchReportMessages as messages, EXCLUSION_REASON_TEXTS } from '../dispatch-reports.messages';
import { averageHours, hoursFigure, tenureYearOf } from './report-arithmetic';
import { reportFinding } from './validate-report';

const YEARS = [1, 2, 3] as const;

/** Qualifying = 方法 1 or 2, 費用 1, 賃金 1 (R-DR-5, S002:23); the "等" of other legal requirements is not modelled. */
export function isQualifying(course: Pick<TrainingCourseInput, 'method' | 'cost' | 'wage'>): boolean {
  return (course.method === 1 || course.method === 2) && course.cost === 1 && course.wage === 1;
}

interface Tally {
  readonly minutes: number[];
  readonly workers: Set<string>[];
  readonly excluded: ExcludedAttendance[];
  readonly findings: RuleFinding[];
}

function exclude(
  tally: Tally,
  session: TrainingSession,
  attendee: SessionAttendee,
  tenureYear: number | null,
  reason: ExclusionReason,
): void {
  tally.excluded.push({
    date: session.date,
    workerId: attendee.workerId,
    minutes: session.minutes,
    tenureYear,
    reason,
    reasonText: EXCLUSION_REASON_TEXTS[reason],
  });
}

function countAttendee(
  tally: Tally,
  course: TrainingCourseInput,
  session: TrainingSession,
  attendee: SessionAttendee,
  field: string,
): void {
  const tenureYear = tenureYearOf(attendee.hiredOn, session.date);
  if (course.deemedCompetent.includes(attendee.workerId)) {
    // Deemed competent means not actually trained: never in a, and not a 受講者 in b either (S002:18).
    exclude(tally, session, attendee, tenureYear, 'DEEMED_COMPETENT');
    const message = messages.deemedAttended(course.name, attendee.workerId, session.date);
    tally.findings.push(
      reportFinding('DR_DEEMED_COMPETENT_ATTENDED', field, message, 'R-DR-7', 'S002:18', 'WARNING'),
    );
  } else if (tenureYear === null) {
    exclude(tally, session, attendee, null, 'BEFORE_HIRE');
    const message = messages.beforeHire(course.name, attendee.workerId, session.date, attendee.hiredOn);
    tally.findings.push(reportFinding('DR_ATTENDANCE_BEFORE_HIRE', field, message, 'R-DR-9', 'S002:17'));
  } else if (tenureYear > 3) {
    exclude(tally, session, attendee, tenureYear, 'TENURE_YEAR_4_OR_LATER');
  } else {
    tally.minutes[tenureYear - 1] += session.minutes;
    tally.workers[tenureYear - 1].add(attendee.workerId);
  }
}

function countSession(
  tally: Tally,
  course: TrainingCourseInput,
  session: TrainingSession,
  field: string,
): void {
  if (!Number.isSafeInteger(session.minutes) || session.minutes <= 0) {
    const message = messages.sessionMinutesInvalid(course.name, session.date, session.minutes);
    tally.findings.push(
      reportFinding('DR_SESSION_MINUTES_INVALID', `${field}.minutes`, message, 'R-DR-4', 'S002:17'),
    );
    return;
  }
  const seen = new Set<string>();
  session.attendees.forEach((attendee, index) => {
    const attendeeField = `${field}.attendees.${index}`;
    if (seen.has(attendee.workerId)) {
      const message = messages.attendeeRepeated(course.name, attendee.workerId, session.date);
      tally.findings.push(
        reportFinding('DR_ATTENDEE_REPEATED', attendeeField, message, 'R-DR-4', 'S002:17', 'WARNING'),
      );
      return;
    }
    seen.add(attendee.workerId);
    countAttendee(tally, course, session, attendee, attendeeField);
  });
}

/**
 * a_y = Σ over the course's sessions in tenure year y of the attendees' session minutes; b_y = the distinct attendees
 * in year y (a person attending twice in a year counts once that year, once in each year they attended, S002:19).
 */
export function courseFigures(
  course: TrainingCourseInput,
  field: string,
): { result: CourseResult; findings: RuleFinding[] } {
  const tally: Tally = {
    minutes: [0, 0, 0],
    workers: [new Set(), new Set(), new Set()],
    excluded: [],
    findings: [],
  };
  course.sessions.forEach((session, index) =>
    countSession(tally, course, session, `${field}.sessions.${index}`),
  );
  const years = YEARS.map((year) => ({
    year,
    a: hoursFigure(tally.minutes[year - 1]),
    b: tally.workers[year - 1].size,
  }));
  const cMinutes = years.reduce((sum, figures) => sum + figures.a.minutes, 0);
  const d = years.reduce((sum, figures) => sum + figures.b, 0);
  const deemed = new Set(course.deemedCompetent).size;
  const result: CourseResult = {
    name: course.name,
    targetKinds: course.targetKinds,
    targetCount: Math.max(0, course.targetWorkers - deemed),
    deemedCompetentCount: deemed,
    method: course.method,
    cost: course.cost,
    wage: course.wage,
    qualifying: isQualifying(course),
    years,
    c: hoursFigure(cMinutes),
    d,
    cPerD: averageHours(cMinutes, d),
    excluded: tally.excluded,
  };
  return { result, findings: tally.findings };
}
