import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';
import type { CaseStage } from './case-stage';
import type { ChecklistItem } from './checklist/checklist.types';

/**
 * What another module requires before a case enters a stage (e.g. the Job Card: a skills-development secondment's
 * evaluation targets presented before STEP5). The cases library knows nothing of those modules: they register here,
 * and the stage moves refuse on their missing items as on the checklist's own.
 */
/** What a guard is told of the case. */
export type GuardedCase = Pick<CaseEntity, 'id' | 'stage'>;

export interface CaseStageGuard {
  /**
   * The items not done yet that block entering `target`, read in the move's transaction (or, for the case page's
   * "missing for the next stage", outside one); none when it may.
   */
  missingToEnter(tx: EntityManager, current: GuardedCase, target: CaseStage): Promise<ChecklistItem[]>;
}

/** The registered guards, asked in registration order by every use case that moves a case forward. */
@Injectable()
export class CaseStageGuards {
  private readonly guards: CaseStageGuard[] = [];

  register(guard: CaseStageGuard): void {
    if (!this.guards.includes(guard)) this.guards.push(guard);
  }

  async missingToEnter(tx: EntityManager, current: GuardedCase, target: CaseStage): Promise<ChecklistItem[]> {
    const missing: ChecklistItem[] = [];
    for (const guard of this.guards) missing.push(...(await guard.missingToEnter(tx, current, target)));
    return missing;
  }
}
