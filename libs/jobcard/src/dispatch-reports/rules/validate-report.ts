// The form's own constraints on what is entered (R-DR-2, R-DR-3, R-DR-7), checked before the figures are computed.
import { ruleFinding, type RuleFinding } from '../../shared/rule-finding';
import { isWholeNumber } from '../../shared/whole-number';
import type { DispatchReportInput, TrainingCourseInput } from '../dispatch-report.types';
import { CATEGORY_LABELS, dispatchReportMessages as messages } from '../dispatch-reports.messages';

export const reportFinding = ruleFinding;

type Figure = readonly [
  path: string,
  what: string,
  seed: string,
  read: (input: DispatchReportInput) => number,
];

const COUNTED_FIGURES: readonly Figure[] = [
  [
    'contacts.total',
    'キャリアコンサルティングの窓口担当者（計）',
    'S002:8–10',
    (input) => input.contacts.total,
  ],
  [
    'contacts.alsoDispatchManager',
    'うち派遣元責任者との兼任状況',
    'S002:9',
    (input) => input.contacts.alsoDispatchManager,
  ],
  [
    'contacts.careerConsultants',
    'キャリアコンサルタントの人数',
    'S002:8',
    (input) => input.contacts.careerConsultants,
  ],
  ['contacts.experienced', '職務経験ありの人数', 'S002:10', (input) => input.contacts.experienced],
  ['contacts.knowledgeable', '知見ありの人数', 'S002:10', (input) => input.contacts.knowledgeable],
  [
    'consultedHeadcount',
    'キャリアコンサルティングを実施した者の人数',
    'S002:11',
    (input) => input.consultedHeadcount,
  ],
  [
    'wagesPaidForTrainingYen',
    '教育訓練時に支払った賃金の総額（円）',
    'S002:27',
    (input) => input.wagesPaidForTrainingYen,
  ],
  ['trainingPersonHours', '教育訓練の延べ時間', 'S002:27', (input) => input.trainingPersonHours],
];

/** ① and ② and item 50: whole counts, and 兼任 is a subset of the contacts (R-DR-3, S002:9). */
export function validateCounts(input: DispatchReportInput): RuleFinding[] {
  const findings = COUNTED_FIGURES.filter(([, , , read]) => !isWholeNumber(read(input))).map(
    ([path, what, seed, read]) =>
      reportFinding(
        'DR_FIGURE_NOT_WHOLE_NUMBER',
        path,
        messages.notWholeNumber(what, read(input)),
        '§7.1',
        seed,
      ),
  );
  const { total, alsoDispatchManager } = input.contacts;
  if (alsoDispatchManager > total) {
    findings.push(
      reportFinding(
        'DR_CONCURRENT_CONTACTS_OVER_TOTAL',
        'contacts.alsoDispatchManager',
        messages.concurrentOverTotal(alsoDispatchManager, total),
        'R-DR-3',
        'S002:9',
      ),
    );
  }
  return findings;
}

/** One sheet per employment category 1–3 (R-DR-2, S002:12). */
export function validateSheets(input: DispatchReportInput): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Set<number>();
  input.sheets.forEach((sheet, index) => {
    const field = `sheets.${index}.category`;
    if (!(sheet.category in CATEGORY_LABELS)) {
      findings.push(
        reportFinding(
          'DR_CATEGORY_INVALID',
          field,
          messages.categoryInvalid(sheet.category),
          'R-DR-2',
          'S002:12',
        ),
      );
    } else if (seen.has(sheet.category)) {
      findings.push(
        reportFinding(
          'DR_CATEGORY_REPEATED',
          field,
          messages.categoryRepeated(CATEGORY_LABELS[sheet.category]),
          'R-DR-2',
          'S002:12',
        ),
      );
    }
    seen.add(sheet.category);
  });
  return findings;
}

function validateTargetKinds(course: TrainingCourseInput, field: string): RuleFinding[] {
  const kinds = course.targetKinds;
  if (kinds.length > 2) {
    return [
      reportFinding(
        'DR_TARGET_KINDS_OVER_TWO',
        `${field}.targetKinds`,
        messages.targetKindsOverTwo(course.name, kinds.length),
        'R-DR-2',
        'S002:15',
      ),
    ];
  }
  const wellFormed =
    kinds.length > 0 &&
    kinds.every((kind) => Number.isSafeInteger(kind) && kind > 0) &&
    new Set(kinds).size === kinds.length;
  if (wellFormed) return [];
  return [
    reportFinding(
      'DR_TARGET_KINDS_INVALID',
      `${field}.targetKinds`,
      messages.targetKindsInvalid(course.name),
      'R-DR-2',
      'S002:15',
    ),
  ];
}

const CODE_CHECKS = [
  ['method', [1, 2], 'DR_METHOD_INVALID', messages.methodInvalid, 'S002:20'],
  ['cost', [1, 2, 3], 'DR_COST_INVALID', messages.costInvalid, 'S002:21'],
  ['wage', [1, 2, 3], 'DR_WAGE_INVALID', messages.wageInvalid, 'S002:22'],
] as const;

/** A course's codes and counts (R-DR-2), and the deemed-competent within the target workers (R-DR-7). */
export function validateCourse(course: TrainingCourseInput, field: string): RuleFinding[] {
  const findings = validateTargetKinds(course, field);
  for (const [key, allowed, code, message, seed] of CODE_CHECKS) {
    if (!(allowed as readonly number[]).includes(course[key])) {
      findings.push(
        reportFinding(code, `${field}.${key}`, message(course.name, course[key]), 'R-DR-2', seed),
      );
    }
  }
  if (!isWholeNumber(course.targetWorkers)) {
    findings.push(
      reportFinding(
        'DR_FIGURE_NOT_WHOLE_NUMBER',
        `${field}.targetWorkers`,
        messages.notWholeNumber(`「${course.name}」の対象となる派遣労働者数`, course.targetWorkers),
        '§7.1',
        'S002:16',
      ),
    );
  } else if (new Set(course.deemedCompetent).size > course.targetWorkers) {
    findings.push(
      reportFinding(
        'DR_DEEMED_OVER_TARGET',
        `${field}.deemedCompetent`,
        messages.deemedOverTarget(course.name, new Set(course.deemedCompetent).size, course.targetWorkers),
        'R-DR-7',
        'S002:16',
      ),
    );
  }
  return findings;
}
