import { UserEntity } from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { CaseEstablishmentEntity } from '../establishments/case-establishment.entity';
import { CaseHistoryEntity } from '../history/case-history.entity';
import { displayHistory, userIdsIn } from '../history/history-display';
import type { RequestLoaders } from '@kakehashi/graphql-core';
import {
  CaseFactsLoader,
  factsOf,
  type CaseFactsExtras,
  type CaseFactsSource,
} from '../cases/services/case-facts.loader';
import type { CaseFacts } from '../workflow/case-checklist';
import { flowChecklists, missingToEnter, type ChecklistItem } from '../workflow/case-checklist';
import { CASE_STAGE_LABELS, isTerminal, nextStage, stageIndex } from '../workflow/case-stage';
import { CaseStageGuards } from '../workflow/case-stage-guards';
import { CASE_ACTION_LABELS, historySummary } from './case-action-labels';
import { selectStagesLastEntered } from './case-timeline.queries';
import {
  StageProgress,
  type CaseEstablishmentModel,
  type CaseHistoryEntryModel,
  type CaseStageViewModel,
} from './case-timeline.model';

/** The timeline of one case: its stages with checklists, its history and its establishment events. */
@Injectable()
export class CaseTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facts: CaseFactsLoader,
    private readonly guards: CaseStageGuards,
  ) {}

  async stages(entity: CaseFactsSource, loaders: RequestLoaders): Promise<CaseStageViewModel[]> {
    const facts = await this.factsOf(entity, loaders);
    const entered = await this.lastEntered(entity.id);
    // A not-established case shows where it stopped as the current stage.
    const position = stageIndex(
      entity.moveType,
      isTerminal(entity.stage) && entity.endedFromStage ? entity.endedFromStage : entity.stage,
    );
    return flowChecklists(facts).map(({ stage, items }) => {
      const index = stageIndex(entity.moveType, stage);
      const progress =
        index < position || (stage === entity.stage && isTerminal(stage))
          ? StageProgress.DONE
          : index === position
            ? StageProgress.CURRENT
            : StageProgress.UPCOMING;
      return {
        stage,
        label: CASE_STAGE_LABELS[stage],
        progress,
        enteredAt: entered.get(stage) ?? null,
        checklist: items,
      };
    });
  }

  /** What is still missing to move on from the current stage (empty when the next move is open). */
  async missingForNextStage(entity: CaseFactsSource, loaders: RequestLoaders): Promise<ChecklistItem[]> {
    const target = nextStage(entity.moveType, entity.stage);
    if (!target || isTerminal(entity.stage)) return [];
    return [
      ...missingToEnter(target, await this.factsOf(entity, loaders)),
      ...(await this.guards.missingToEnter(this.dataSource.manager, entity, target)),
    ];
  }

  /** The checklist facts, read once per case per request however many timeline fields ask for them. */
  private async factsOf(entity: CaseFactsSource, loaders: RequestLoaders): Promise<CaseFacts> {
    const extras = await loaders
      .get<CaseFactsSource, CaseFactsExtras>('cases.checklistFacts', (cases) =>
        this.facts.extras(this.dataSource.manager, cases),
      )
      .load(entity);
    return factsOf(entity, extras);
  }

  async history(caseId: string): Promise<CaseHistoryEntryModel[]> {
    const rows = await this.dataSource
      .getRepository(CaseHistoryEntity)
      .createQueryBuilder('h')
      .leftJoin('h.actor', 'actor')
      .addSelect(['actor.name'])
      .where('h.case_id = :caseId', { caseId })
      .orderBy('h.seq', 'ASC')
      .getMany();
    const names = await this.userNames(userIdsIn(rows));
    const changes = displayHistory(rows, (id) => names.get(id) ?? '不明なユーザー');
    return rows.map((row, index) => ({
      id: row.id,
      action: row.action,
      actionLabel: CASE_ACTION_LABELS[row.action],
      summary: historySummary(row),
      actorUserId: row.actorUserId,
      actorName: row.actor?.name ?? '',
      fromStage: row.fromStage,
      toStage: row.toStage,
      changes: changes[index],
      reason: row.reason,
      caseVersion: row.caseVersion,
      recordedAt: row.recordedAt,
    }));
  }

  /** The names of the consultants a history names by id, in one statement. */
  private async userNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ select: { id: true, name: true }, where: { id: In(ids) } });
    return new Map(users.map((user) => [user.id, user.name]));
  }

  async establishments(caseId: string): Promise<CaseEstablishmentModel[]> {
    const rows = await this.dataSource.getRepository(CaseEstablishmentEntity).find({
      where: { caseId },
      order: { recordedAt: 'ASC' },
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      occurredOn: row.occurredOn,
      people: row.people,
      moveType: row.moveType,
      workerIds: row.workerIds,
      reason: row.reason,
      recordedByUserId: row.recordedByUserId,
      recordedAt: row.recordedAt,
    }));
  }

  private async lastEntered(caseId: string): Promise<Map<string, Date>> {
    const rows = await selectStagesLastEntered(this.dataSource, caseId);
    return new Map(rows.map((row) => [row.stage, row.at]));
  }
}
