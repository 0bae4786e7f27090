import type { AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { JobcardException } from '../../jobcard.exception';
import type { RecordEvaluationInput } from '../dtos/evaluation.inputs';
import type { CriterionRating } from '../evaluation-sheet';
import type { EvaluationSheetEntity, StoredEvaluation } from '../evaluation-sheet.entity';
import { MOMENT_NAMES, SHEET_API_MESSAGES } from '../evaluation-sheets.messages';
import { followUpOfCase } from '../evaluation-sheets.queries';
import { sheetCriteria } from '../rules/criterion-keys';
import { EvaluationSheetCommandRunner } from './evaluation-sheet-command.runner';
import { COMMENT_MAX, dayError, NAME_MAX, optionalText } from './sheet-input.checks';

const clean = (text: string | null | undefined): string | null => text?.trim() || null;

/** Every problem of the ratings at once: unknown or repeated keys, a grade on a struck row or on the targets. */
function ratingErrors(input: RecordEvaluationInput, current: EvaluationSheetEntity): FieldError[] {
  const labels = new Map(sheetCriteria(current.sheet).map((entry) => [entry.key, entry.label]));
  const seen = new Set<string>();
  return input.ratings.flatMap((rating, i): FieldError[] => {
    const field = `input.ratings.${i}`;
    const label = labels.get(rating.key);
    if (!label)
      return [{ field: `${field}.key`, message: `評価シートにない基準です (${rating.key.slice(0, 40)})。` }];
    if (seen.has(rating.key)) return [{ field: `${field}.key`, message: `${label}が重複しています。` }];
    seen.add(rating.key);
    const graded = !!rating.self || !!rating.company;
    const errors = [
      ...optionalText(`${field}.leadNote`, rating.leadNote, '評価責任者の確認', COMMENT_MAX),
      ...optionalText(`${field}.explanationNote`, rating.explanationNote, '説明の内容', COMMENT_MAX),
    ];
    if (input.moment === 'TARGETS' && graded) {
      errors.push({ field, message: `${label}: 訓練開始前の目標の提示では評価を記入しません。` });
    } else if (rating.notEvaluated && graded) {
      errors.push({
        field,
        message: `${label}: 評価を行わなかった(C欄に斜線)基準には評価を記入できません。`,
      });
    }
    return errors;
  });
}

function inputErrors(input: RecordEvaluationInput, current: EvaluationSheetEntity): FieldError[] {
  return [
    ...dayError('input.date', input.date, '評価の日'),
    ...optionalText('input.evaluatorName', input.evaluatorName, '評価担当者', NAME_MAX),
    ...optionalText('input.leadName', input.leadName, '評価責任者', NAME_MAX),
    ...ratingErrors(input, current),
  ];
}

/**
 * Records (or re-records, until it is issued) one evaluation of a sheet: the targets before the start, the mid-term
 * (for a secondee, at a STEP6 follow-up of the case) or the final one. The ratings' review happens as it advances.
 */
@Injectable()
export class RecordEvaluationService {
  constructor(private readonly runner: EvaluationSheetCommandRunner) {}

  record(user: AuthUser, input: RecordEvaluationInput): Promise<EvaluationSheetEntity> {
    const command = { sheetId: input.sheetId, expectedVersion: input.expectedVersion };
    return this.runner.run(user, command, async (current, tx) => {
      const moment = MOMENT_NAMES[input.moment];
      if (current.issuedOn) throw JobcardException.rulesNotMet(SHEET_API_MESSAGES.issued, []);
      const existing = current.evaluations.find((evaluation) => evaluation.moment === input.moment);
      if (existing?.state === 'ISSUED') {
        throw JobcardException.rulesNotMet(SHEET_API_MESSAGES.evaluationIssued(moment), []);
      }
      if (input.moment !== 'TARGETS' && !current.targetsPresentedOn) {
        throw JobcardException.rulesNotMet(SHEET_API_MESSAGES.targetsFirst, []);
      }
      const errors = inputErrors(input, current);
      errors.push(...(await this.followUpErrors(tx, input, current)));
      if (errors.length) throw JobcardException.invalidInput(errors);
      const evaluation: StoredEvaluation = {
        moment: input.moment,
        date: input.date,
        state: existing?.state ?? 'SELF_RATED',
        evaluatorName: clean(input.evaluatorName),
        leadName: clean(input.leadName),
        followUpId: input.followUpId ?? null,
        ratings: Object.fromEntries(
          input.ratings.map((rating): [string, CriterionRating] => [
            rating.key,
            {
              notEvaluated: rating.notEvaluated,
              self: rating.self ?? null,
              company: rating.company ?? null,
              leadNote: clean(rating.leadNote),
              explanationNote: clean(rating.explanationNote),
            },
          ]),
        ),
      };
      const others = current.evaluations.filter((e) => e.moment !== input.moment);
      return { evaluations: [...others, evaluation] };
    });
  }

  private async followUpErrors(
    tx: EntityManager,
    input: RecordEvaluationInput,
    current: EvaluationSheetEntity,
  ): Promise<FieldError[]> {
    if (!input.followUpId) return [];
    const field = 'input.followUpId';
    if (!current.caseId) return [{ field, message: SHEET_API_MESSAGES.followUpOnlyForCase }];
    if (!isUUID(input.followUpId) || !(await followUpOfCase(tx, input.followUpId, current.caseId))) {
      return [{ field, message: SHEET_API_MESSAGES.followUpNotOfCase }];
    }
    return [];
  }
}
