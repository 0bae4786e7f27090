import { BadUserInputError, decodeCursor, toConnection, type Connection } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource, Repository } from 'typeorm';
import { AssignmentProposalEntity } from '../assignment-proposal.entity';
import { AssignmentRunEntity } from '../assignment-run.entity';
import { AssignmentProposalOrder, type AssignmentProposalState } from '../dtos/assignment.inputs';

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface ProposalQuery extends PageRequest {
  order?: AssignmentProposalOrder | null;
  minScore?: number | null;
  state?: AssignmentProposalState | null;
}

/** The SQL condition on a proposal `p` for each state (a pair has at most one decision). */
const STATE_SQL: Record<AssignmentProposalState, string> = {
  UNDECIDED: `NOT EXISTS (SELECT 1 FROM "match_decisions" d WHERE d."sending_offer_id" = p."sending_offer_id"
                AND d."receiving_offer_id" = p."receiving_offer_id")`,
  TAKEN_UP: `EXISTS (SELECT 1 FROM "match_decisions" d WHERE d."sending_offer_id" = p."sending_offer_id"
                AND d."receiving_offer_id" = p."receiving_offer_id" AND d."decision" = 'TAKEN_UP')`,
  DISMISSED: `EXISTS (SELECT 1 FROM "match_decisions" d WHERE d."sending_offer_id" = p."sending_offer_id"
                AND d."receiving_offer_id" = p."receiving_offer_id" AND d."decision" = 'DISMISSED')`,
};

const badCursor = () =>
  new BadUserInputError([{ field: 'after', message: 'ページ位置(カーソル)が正しくありません。' }]);

/** Runs newest first and each run's proposals best first, page by page on stable keysets. */
@Injectable()
export class AssignmentRunQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AssignmentRunEntity) private readonly runs: Repository<AssignmentRunEntity>,
  ) {}

  async findById(id: string): Promise<AssignmentRunEntity | null> {
    return isUUID(id) ? this.runs.findOneBy({ id }) : null;
  }

  async list(page: PageRequest): Promise<Connection<AssignmentRunEntity>> {
    const totalCount = await this.runs.count();
    const qb = this.runs.createQueryBuilder('r');
    if (page.after) {
      const [afterCreated, afterId] = decodeCursor(page.after, 2);
      if (typeof afterCreated !== 'string' || typeof afterId !== 'string' || !isUUID(afterId))
        throw badCursor();
      // Microseconds matter: created_at is compared as text of full precision (see cursorOf).
      qb.where('(r.createdAt, r.id) < (CAST(:afterCreated AS timestamptz), CAST(:afterId AS uuid))', {
        afterCreated,
        afterId,
      });
    }
    const rows = await qb
      .addSelect(`to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'r_created_key')
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(page.first + 1)
      .getRawAndEntities();
    const keys = new Map(
      rows.raw.map((raw: { r_id: string; r_created_key: string }) => [raw.r_id, raw.r_created_key]),
    );
    return toConnection(rows.entities, page.first, totalCount, (run) => [keys.get(run.id) ?? '', run.id]);
  }

  /**
   * One page of proposals for each of several runs, in one statement (a list of runs with their proposals costs
   * one query, not one per run): best score first (or worst first), then id; optionally only from a score on, or
   * in one state of decision.
   */
  async proposalsOf(
    runIds: readonly string[],
    page: ProposalQuery,
  ): Promise<Map<string, Connection<AssignmentProposalEntity>>> {
    const ascending = page.order === AssignmentProposalOrder.SCORE_ASC;
    const filter = [
      page.minScore != null ? `p."score" >= ${Number(page.minScore)}` : 'true',
      page.state ? STATE_SQL[page.state] : 'true',
    ].join(' AND ');
    let after: { score: number; id: string } | null = null;
    if (page.after) {
      const [score, id] = decodeCursor(page.after, 2);
      if (typeof score !== 'number' || typeof id !== 'string' || !isUUID(id)) throw badCursor();
      after = { score, id };
    }
    const ids = runIds.filter((id) => isUUID(id));
    const result = new Map<string, Connection<AssignmentProposalEntity>>();
    if (!ids.length) return result;
    const [rows, counts] = await Promise.all([
      this.dataSource.query<
        {
          id: string;
          run_id: string;
          sending_offer_id: string;
          receiving_offer_id: string;
          people: number;
          score: number;
        }[]
      >(
        `SELECT "id", "run_id", "sending_offer_id", "receiving_offer_id", "people", "score" FROM (
           SELECT p.*, row_number() OVER (PARTITION BY p."run_id" ORDER BY p."score" ${ascending ? 'ASC' : 'DESC'}, p."id") AS "n"
             FROM "assignment_proposals" p
            WHERE p."run_id" = ANY($1::uuid[]) AND ${filter}
              AND ($2::float8 IS NULL OR p."score" ${ascending ? '>' : '<'} $2 OR (p."score" = $2 AND p."id" > $3::uuid))
         ) ranked
         WHERE "n" <= $4
         ORDER BY "run_id", "n"`,
        [ids, after?.score ?? null, after?.id ?? null, page.first + 1],
      ),
      this.dataSource.query<{ run_id: string; n: number }[]>(
        `SELECT "run_id", count(*)::int AS "n" FROM "assignment_proposals" p
          WHERE "run_id" = ANY($1::uuid[]) AND ${filter}
          GROUP BY "run_id"`,
        [ids],
      ),
    ]);
    const totals = new Map(counts.map((c) => [c.run_id, c.n]));
    const byRun = new Map<string, AssignmentProposalEntity[]>();
    for (const row of rows) {
      const list = byRun.get(row.run_id) ?? [];
      list.push({
        id: row.id,
        runId: row.run_id,
        sendingOfferId: row.sending_offer_id,
        receivingOfferId: row.receiving_offer_id,
        people: row.people,
        score: row.score,
      });
      byRun.set(row.run_id, list);
    }
    for (const id of ids) {
      result.set(
        id,
        toConnection(byRun.get(id) ?? [], page.first, totals.get(id) ?? 0, (p) => [p.score, p.id]),
      );
    }
    return result;
  }
}
