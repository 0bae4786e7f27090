import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { JobcardException } from '../../jobcard.exception';
import type { UpdateEvaluationSheetInput } from '../dtos/evaluation-sheet.inputs';
import type { EvaluationSheet } from '../evaluation-sheet';
import type { EvaluationSheetEntity } from '../evaluation-sheet.entity';
import { SHEET_API_MESSAGES } from '../evaluation-sheets.messages';
import { EvaluationSheetCommandRunner, type SheetPatch } from './evaluation-sheet-command.runner';
import {
  commentsErrors,
  DUTY_MAX,
  NAME_MAX,
  ojtDutiesErrors,
  periodErrors,
  requiredText,
  toOjtDuties,
  toUnits,
  unitsErrors,
} from './sheet-input.checks';

function inputErrors(input: UpdateEvaluationSheetInput, current: EvaluationSheetEntity): FieldError[] {
  const { header } = input;
  return [
    ...(header
      ? [
          ...requiredText('input.header.duty', header.duty, '訓練の職務', DUTY_MAX),
          ...requiredText('input.header.traineeName', header.traineeName, '訓練参加者氏名', NAME_MAX),
          ...requiredText('input.header.company', header.company, '実習実施企業', DUTY_MAX),
          ...requiredText(
            'input.header.evaluationLeadName',
            header.evaluationLeadName,
            '評価責任者氏名',
            NAME_MAX,
          ),
          ...requiredText(
            'input.header.representativeName',
            header.representativeName,
            '代表者氏名',
            NAME_MAX,
          ),
        ]
      : []),
    ...(input.periodStart || input.periodEnd
      ? periodErrors('input.', input.periodStart ?? current.periodStart, input.periodEnd ?? current.periodEnd)
      : []),
    ...(input.ojtDuties ? ojtDutiesErrors('input.ojtDuties', input.ojtDuties) : []),
    ...(input.section3Basic ? unitsErrors('input.section3Basic.units', input.section3Basic.units) : []),
    ...(input.section3Special ? unitsErrors('input.section3Special', input.section3Special) : []),
    ...(input.comments ? commentsErrors('input.comments', input.comments) : []),
  ];
}

/** The sheet with what the input changes; section II is never taken from the input (it is the model's, R-ES-8). */
function patchedSheet(sheet: EvaluationSheet, input: UpdateEvaluationSheetInput): EvaluationSheet {
  const { header, comments } = input;
  return {
    ...sheet,
    header: header
      ? {
          ...sheet.header,
          duty: header.duty.trim(),
          traineeName: header.traineeName.trim(),
          company: header.company.trim(),
          evaluationLeadName: header.evaluationLeadName.trim(),
          representativeName: header.representativeName.trim(),
        }
      : sheet.header,
    ojtDuties: input.ojtDuties ? toOjtDuties(input.ojtDuties) : sheet.ojtDuties,
    section3Basic: input.section3Basic
      ? { dutyType: input.section3Basic.dutyType, units: toUnits(input.section3Basic.units) }
      : sheet.section3Basic,
    section3Special: input.section3Special
      ? { units: toUnits(input.section3Special) }
      : sheet.section3Special,
    comments: comments
      ? {
          ...(comments.section1?.trim() ? { section1: comments.section1.trim() } : {}),
          section2: comments.section2.trim(),
          section3Basic: comments.section3Basic.trim(),
          section3Special: comments.section3Special.trim(),
        }
      : sheet.comments,
  };
}

/**
 * Saves a sheet as edited. A draft may break the seeds' rules (the findings say so and the final evaluation cannot be
 * issued until they are resolved); malformed input is refused field by field. A sheet whose final evaluation is
 * issued no longer changes.
 */
@Injectable()
export class UpdateEvaluationSheetService {
  constructor(private readonly runner: EvaluationSheetCommandRunner) {}

  update(user: AuthUser, input: UpdateEvaluationSheetInput): Promise<EvaluationSheetEntity> {
    return this.runner.run(
      user,
      { sheetId: input.id, expectedVersion: input.expectedVersion },
      async (current) => {
        if (current.issuedOn) throw JobcardException.rulesNotMet(SHEET_API_MESSAGES.issued, []);
        const errors = inputErrors(input, current);
        if (errors.length) throw JobcardException.invalidInput(errors);
        const sheet = patchedSheet(current.sheet, input);
        const patch: SheetPatch = {
          sheet,
          traineeName: sheet.header.traineeName,
          duty: sheet.header.duty,
          dutyType: sheet.section3Basic.dutyType,
        };
        if (input.periodStart) patch.periodStart = input.periodStart;
        if (input.periodEnd) patch.periodEnd = input.periodEnd;
        return patch;
      },
    );
  }
}
