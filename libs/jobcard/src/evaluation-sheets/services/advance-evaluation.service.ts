import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { JobcardException } from '../../jobcard.exception';
import type { RuleFinding } from '../../shared/rule-finding';
import type { AdvanceEvaluationInput } from '../dtos/evaluation.inputs';
import type { EvaluationSheetEntity, StoredEvaluation } from '../evaluation-sheet.entity';
import { EVALUATION_STATE_NAMES, MOMENT_NAMES, SHEET_API_MESSAGES } from '../evaluation-sheets.messages';
import { planContextOf } from '../evaluation-sheet.view';
import { canAdvance } from '../rules/evaluation-workflow.rule';
import { validateEvaluation } from '../rules/validate-evaluation';
import { validateSheet } from '../rules/validate-sheet';
import { EvaluationSheetCommandRunner, type SheetPatch } from './evaluation-sheet-command.runner';

const errorsOf = (findings: readonly RuleFinding[]) => findings.filter((f) => f.severity === 'ERROR');

/**
 * Moves one evaluation a step along 自己評価 → 企業評価 → 確認 → 説明 → 交付 (the targets are only presented), as the
 * rules' canAdvance allows: refused naming each flagged criterion that lacks the lead's or the explanation note.
 * Issuing also needs the sheet and the evaluation free of rule errors (more than half of III(2) cited, the dates…).
 * Issuing the targets records the day they were presented; issuing the final evaluation issues the sheet.
 */
@Injectable()
export class AdvanceEvaluationService {
  constructor(private readonly runner: EvaluationSheetCommandRunner) {}

  advance(user: AuthUser, input: AdvanceEvaluationInput): Promise<EvaluationSheetEntity> {
    const command = { sheetId: input.sheetId, expectedVersion: input.expectedVersion };
    return this.runner.run(user, command, async (current) => {
      const moment = MOMENT_NAMES[input.moment];
      const evaluation = current.evaluations.find((e) => e.moment === input.moment);
      if (!evaluation) throw JobcardException.rulesNotMet(SHEET_API_MESSAGES.evaluationMissing(moment), []);
      const findings = errorsOf(canAdvance(evaluation, input.to, current.sheet));
      if (findings.length) {
        const message = SHEET_API_MESSAGES.advanceRefused(moment, EVALUATION_STATE_NAMES[input.to]);
        throw JobcardException.rulesNotMet(
          `${message} ${findings.map((f) => f.message).join('／')}`,
          findings,
        );
      }
      const advanced: StoredEvaluation = { ...evaluation, state: input.to };
      if (input.to === 'ISSUED') {
        const blocking = errorsOf([
          ...validateSheet(current.sheet),
          ...validateEvaluation(current.sheet, advanced, planContextOf(current)),
        ]);
        if (blocking.length) {
          const message = SHEET_API_MESSAGES.issueRefused(moment);
          throw JobcardException.rulesNotMet(
            `${message} ${blocking.map((f) => f.message).join('／')}`,
            blocking,
          );
        }
      }
      return issuePatch(current, advanced);
    });
  }
}

function issuePatch(current: EvaluationSheetEntity, advanced: StoredEvaluation): SheetPatch {
  const evaluations = current.evaluations.map((e) => (e.moment === advanced.moment ? advanced : e));
  if (advanced.state !== 'ISSUED') return { evaluations };
  if (advanced.moment === 'TARGETS') return { evaluations, targetsPresentedOn: advanced.date };
  if (advanced.moment === 'FINAL') {
    const sheet = { ...current.sheet, header: { ...current.sheet.header, issuedOn: advanced.date } };
    return { evaluations, sheet, issuedOn: advanced.date };
  }
  return { evaluations };
}
