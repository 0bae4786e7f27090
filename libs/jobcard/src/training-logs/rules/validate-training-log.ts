import { isCalendarDay } from '@kakehashi/calendar';
import type { RuleFinding } from '../../shared/rule-finding';
import { type LogKind, TRAINING_LOG_MESSAGES as M } from '../training-logs.messages';
import {
  checkBand,
  checkCertification,
  checkDate,
  checkMinutes,
  checkText,
  type CheckedBand,
  LOG_SEEDS,
  type LogEntryView,
  logFinding,
} from './log-entry-checks';
import type { OffJtReportEntry, OjtDiaryEntry, TrainingLog } from './training-log.types';

// R-LOG-3 (spec §5.14 [proposal]): every entry of the OJT diary and the Off-JT report checked on its own, then the
// time bands of one day checked against each other across both logs. Findings point at `ojt.3.attendedMinutes`.

/** An entry whose band could be read, for the overlap check. */
interface PlacedBand extends CheckedBand {
  readonly entry: LogEntryView;
}

export function validateTrainingLog(log: TrainingLog): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const placed: PlacedBand[] = [];
  log.ojt.forEach((entry, index) => {
    const view = viewOf('OJT', `ojt.${index}`, entry, entry.trainerConfirmedOn);
    const band = checkEntry(view, log.period, findings);
    findings.push(...ojtFindings(view, entry, band));
    if (band !== null && isCalendarDay(view.date)) placed.push({ ...band, entry: view });
  });
  log.offJt.forEach((entry, index) => {
    const view = viewOf('OFF_JT', `offJt.${index}`, entry, entry.providerCertifiedOn);
    const band = checkEntry(view, log.period, findings);
    findings.push(...offJtFindings(view, entry, band));
    if (band !== null && isCalendarDay(view.date)) placed.push({ ...band, entry: view });
  });
  return [...findings, ...overlapFindings(placed)];
}

function viewOf(
  kind: LogKind,
  path: string,
  entry: OjtDiaryEntry | OffJtReportEntry,
  certifiedOn: string | null,
): LogEntryView {
  return {
    kind,
    path,
    date: entry.date,
    from: entry.from,
    to: entry.to,
    content: entry.content,
    certifiedOn,
  };
}

/** The shared checks; returns the band when it could be read. */
function checkEntry(
  view: LogEntryView,
  period: TrainingLog['period'],
  findings: RuleFinding[],
): CheckedBand | null {
  const { band, findings: bandFindings } = checkBand(view);
  findings.push(...checkDate(view, period), ...bandFindings);
  return band;
}

/** OJT: 受講時間数 within the band (lunch inside it is simply not attended), content and reflections written. */
function ojtFindings(view: LogEntryView, entry: OjtDiaryEntry, band: CheckedBand | null): RuleFinding[] {
  const seeds = LOG_SEEDS.OJT;
  const findings = checkMinutes(view, 'attendedMinutes', '受講時間数', entry.attendedMinutes, 1);
  const bandMinutes = band === null ? null : band.to - band.from;
  if (findings.length === 0 && bandMinutes !== null && entry.attendedMinutes > bandMinutes) {
    const message = M.ojtAttendedExceedsBand(entry.attendedMinutes, entry.from, entry.to, bandMinutes);
    findings.push(
      logFinding('OJT_ATTENDED_EXCEEDS_BAND', `${view.path}.attendedMinutes`, message, seeds.minutes),
    );
  }
  return [
    ...findings,
    ...checkText(view, 'content', entry.content, 'LOG_CONTENT_MISSING', M.ojtContentMissing(), seeds.content),
    ...checkText(
      view,
      'reflection',
      entry.reflection,
      'OJT_REFLECTION_MISSING',
      M.ojtReflectionMissing(),
      'S001:994',
    ),
    ...checkCertification(view, 'trainerConfirmedOn'),
  ];
}

/** Off-JT: うち除外時間数 within the band (実訓練時間数), 受講時間数 within what remains; the unit time when given. */
function offJtFindings(view: LogEntryView, entry: OffJtReportEntry, band: CheckedBand | null): RuleFinding[] {
  const seeds = LOG_SEEDS.OFF_JT;
  const excludedFindings = checkMinutes(view, 'excludedMinutes', 'うち除外時間数', entry.excludedMinutes, 0);
  const attendedFindings = checkMinutes(view, 'attendedMinutes', '受講時間数', entry.attendedMinutes, 1);
  const findings = [...excludedFindings, ...attendedFindings];
  const bandMinutes = band === null ? null : band.to - band.from;
  if (bandMinutes !== null && excludedFindings.length === 0) {
    if (entry.excludedMinutes > bandMinutes) {
      const message = M.offJtExcludedExceedsBand(entry.excludedMinutes, bandMinutes);
      findings.push(
        logFinding('OFFJT_EXCLUDED_EXCEEDS_BAND', `${view.path}.excludedMinutes`, message, seeds.minutes),
      );
    } else if (attendedFindings.length === 0 && entry.attendedMinutes > bandMinutes - entry.excludedMinutes) {
      const message = M.offJtAttendedExceedsNet(entry.attendedMinutes, bandMinutes, entry.excludedMinutes);
      findings.push(
        logFinding('OFFJT_ATTENDED_EXCEEDS_NET_BAND', `${view.path}.attendedMinutes`, message, seeds.minutes),
      );
    }
  }
  if (entry.unitMinutes !== null && !(Number.isInteger(entry.unitMinutes) && entry.unitMinutes >= 1)) {
    const message = M.minutesInvalid('1単位時間', 1);
    findings.push({
      ...logFinding('OFFJT_UNIT_INVALID', `${view.path}.unitMinutes`, message, 'S001:480'),
      rule: 'R-TR-13',
    });
  }
  return [
    ...findings,
    ...checkText(
      view,
      'content',
      entry.content,
      'LOG_CONTENT_MISSING',
      M.offJtContentMissing(),
      seeds.content,
    ),
    ...checkCertification(view, 'providerCertifiedOn'),
  ];
}

/**
 * One trainee cannot take two trainings at once: on one day, no two bands of either log may share a minute. Bands are
 * half-open, so 9:00–12:00 and 12:00–13:00 only touch. Each overlapping pair is reported once, on the later entry
 * (OJT entries come before Off-JT entries).
 */
function overlapFindings(placed: readonly PlacedBand[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const byDay = new Map<string, PlacedBand[]>();
  for (const band of placed) {
    const earlier = byDay.get(band.entry.date) ?? [];
    for (const other of earlier) {
      if (band.from < other.to && other.from < band.to) {
        const { entry } = band;
        const message = M.overlap(
          entry.kind,
          entry.from,
          entry.to,
          other.entry.kind,
          other.entry.from,
          other.entry.to,
          entry.date,
        );
        findings.push(
          logFinding('LOG_TIME_OVERLAP', `${entry.path}.from`, message, LOG_SEEDS[entry.kind].band),
        );
      }
    }
    byDay.set(band.entry.date, [...earlier, band]);
  }
  return findings;
}
