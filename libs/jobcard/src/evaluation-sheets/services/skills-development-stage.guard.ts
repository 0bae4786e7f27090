import { CaseStage, type CaseStageGuard, type ChecklistItem, type GuardedCase } from '@kakehashi/cases';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SKILLS_DEVELOPMENT_GUARD } from '../evaluation-sheets.messages';
import { caseSheetMilestones, skillsDevelopmentCases } from '../evaluation-sheets.queries';

function missingItem(current: GuardedCase, target: CaseStage, key: string, label: string, detail: string) {
  const item: ChecklistItem = {
    key,
    stage: current.stage,
    label,
    done: false,
    required: true,
    detail,
    requiredBefore: target,
  };
  return item;
}

/**
 * 人材育成型出向 (spec §9.1): a secondment whose sending offer's purpose is skills development carries an evaluation
 * sheet. Its targets are presented (issued) before STEP5, and its final evaluation is issued before the case is
 * completed. Registered with the cases' stage guards when the Job Card module starts.
 */
@Injectable()
export class SkillsDevelopmentStageGuard implements CaseStageGuard {
  async missingToEnter(tx: EntityManager, current: GuardedCase, target: CaseStage): Promise<ChecklistItem[]> {
    if (target !== CaseStage.STARTED && target !== CaseStage.COMPLETED) return [];
    if (!(await skillsDevelopmentCases(tx, [current.id])).has(current.id)) return [];
    const sheets = await caseSheetMilestones(tx, current.id);
    const text = SKILLS_DEVELOPMENT_GUARD;
    if (target === CaseStage.STARTED) {
      const done = sheets.length > 0 && sheets.every((sheet) => sheet.targetsPresentedOn !== null);
      return done
        ? []
        : [missingItem(current, target, 'jobcard.evaluationTargets', text.targetsLabel, text.targetsDetail)];
    }
    const done = sheets.length > 0 && sheets.every((sheet) => sheet.issuedOn !== null);
    return done
      ? []
      : [missingItem(current, target, 'jobcard.finalEvaluation', text.finalLabel, text.finalDetail)];
  }
}
