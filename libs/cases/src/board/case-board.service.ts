import { Role, type AuthUser } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { OfficeEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';
import { CaseEntity } from '../cases/case.entity';
import { CaseException, CaseExceptionCode } from '../case.exception';
import type { CaseSummaryModel } from '../cases/case.model';
import { intError } from '../cases/services/case-input.rules';
import { CASE_STAGE_LABELS, type CaseStage } from '../workflow/case-stage';
import { boardColumns } from './board-stages';
import { DEFAULT_PER_STAGE, MAX_PER_STAGE } from './case-board.inputs';
import type { CaseBoardModel } from './case-board.model';
import { countByStage, firstOfEachStage } from './case-board.queries';
import { checkCaseFilter, type CaseFilter, type CaseQuery } from './case-filter';
import { assertMayReadCaseSummaries } from './case-read.access';
import { normalizeSort, type CaseSort } from './case-sort';

export interface CaseBoardRequest {
  officeId?: string | null;
  filter?: Omit<CaseFilter, 'officeId'> | null;
  sort?: Partial<CaseSort> | null;
  perStage?: number | null;
}

/** Offices by id, as the request's office loader gives them: the board's office field then reuses the check's row. */
export interface OfficeLookup {
  load(id: string): Promise<unknown>;
}

/**
 * An office's board: its cases (either side) by stage in the order of the flow, an exact count per stage and the
 * first `perStage` cases of each. Two queries whatever the size: the counts, and the capped columns (a window per
 * stage) with their companies (case-board.queries.ts).
 */
@Injectable()
export class CaseBoardService {
  constructor(
    @InjectRepository(CaseEntity) private readonly cases: Repository<CaseEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  async board(user: AuthUser, request: CaseBoardRequest, offices?: OfficeLookup): Promise<CaseBoardModel> {
    assertMayReadCaseSummaries(user);
    const problems: FieldError[] = [];
    const perStage = request.perStage ?? DEFAULT_PER_STAGE;
    const perStageProblem = intError('perStage', perStage, '各列の件数', 0, MAX_PER_STAGE);
    if (perStageProblem) problems.push(perStageProblem);
    const checked = checkCaseFilter({ ...request.filter, officeId: null });
    problems.push(...checked.problems);
    if (problems.length) throw CaseException.invalidInput(problems);

    const officeId = await this.boardOffice(user, request.officeId ?? null, offices);
    const query: CaseQuery = { ...checked.query, officeId };
    const sort = normalizeSort(request.sort);
    const stages = boardColumns(query.moveType, query.stages);

    const counts = await countByStage(this.cases, query);
    const listed =
      perStage > 0 && counts.size > 0 ? await firstOfEachStage(this.cases, query, sort, perStage) : [];
    const byStage = new Map<CaseStage, CaseSummaryModel[]>();
    for (const card of listed) {
      const column = byStage.get(card.stage) ?? [];
      column.push(card);
      byStage.set(card.stage, column);
    }

    const columns = stages.map((stage) => {
      const count = counts.get(stage) ?? 0;
      const cases = byStage.get(stage) ?? [];
      return { stage, stageLabel: CASE_STAGE_LABELS[stage], count, cases, hasMore: count > cases.length };
    });
    return {
      officeId,
      totalCount: columns.reduce((sum, column) => sum + column.count, 0),
      columns,
      choiceScope: query,
    };
  }

  /** The office asked for, or the caller's own; administrators (who belong to none) must name one. */
  private async boardOffice(user: AuthUser, asked: string | null, offices?: OfficeLookup): Promise<string> {
    if (asked) {
      if (!isUUID(asked) || !(await this.officeExists(asked, offices))) {
        throw CaseException.invalidInput([
          { field: 'officeId', message: '指定された事務所が見つかりません。' },
        ]);
      }
      return asked;
    }
    if (user.officeId) return user.officeId;
    if (user.role === Role.CONSULTANT) {
      throw new CaseException(
        CaseExceptionCode.NO_OFFICE_ASSIGNED,
        '所属事務所が設定されていないため、案件ボードを表示できません。事務所を指定するか、管理者に連絡してください。',
      );
    }
    throw CaseException.invalidInput([{ field: 'officeId', message: '表示する事務所を指定してください。' }]);
  }

  private async officeExists(id: string, offices?: OfficeLookup): Promise<boolean> {
    return offices ? (await offices.load(id)) !== null : this.offices.existsBy({ id });
  }
}
