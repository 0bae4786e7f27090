import { Roles } from '@kakehashi/authz';

import { Args, Int, Query, Resolver } from '@nestjs/graphql';

import { ACCESS_LOG_READERS, OUTCOME_READERS } from '../talent-bank-roles';
import { AccessLogArgs } from '../senior-openings/dtos/senior-opening.inputs';
import type { AccessLogEntity } from '../access/access-log.entity';
import { AccessLogConnection, AccessLogEntryModel, OutcomesModel } from './outcome.model';
import { AccessLogQueryService } from '../access/access-log-query.service';
import { TalentBankOutcomesService } from './outcomes.service';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';

function toEntryModel(e: AccessLogEntity): AccessLogEntryModel {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actorUserId: e.actorUserId,
    actorRole: e.actorRole,
    actorOfficeId: e.actorOfficeId,
    action: e.action,
    operation: e.operation,
    registrantId: e.registrantId,
    fields: e.fields,
    outcome: e.outcome,
    denialReason: e.denialReason,
    clientIp: e.clientIp,
  };
}

/** Aggregates (executives, headquarters, administrators) and the access log (administrators): no personal data. */
@Resolver()
export class TalentBankOversightResolver {
  constructor(
    private readonly outcomes: TalentBankOutcomesService,
    private readonly accessLog: AccessLogQueryService,
  ) {}

  @Query(() => OutcomesModel, {
    description:
      'キャリア人材バンクの再就職実績 (年度別・月別・職種別。集計のみ) / Re-employments of a fiscal year, aggregated.',
  })
  @Roles(...OUTCOME_READERS)
  async talentBankOutcomes(
    @Args('fiscalYear', { type: () => Int, description: '年度 (4月始まりの年) / Fiscal year.' })
    fiscalYear: number,
  ): Promise<OutcomesModel> {
    return this.outcomes.forFiscalYear(fiscalYear);
  }

  @Query(() => AccessLogConnection, {
    complexity: connectionComplexity,
    description:
      '登録者の個人データへのアクセス記録 (新しい順、個人データそのものは含まない) / The access log, newest first.',
  })
  @Roles(...ACCESS_LOG_READERS)
  async talentBankAccessLog(@Args() args: AccessLogArgs): Promise<Connection<AccessLogEntryModel>> {
    const page = await this.accessLog.list(args.filter ?? {}, { first: args.first, after: args.after });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntryModel(e.node) })) };
  }
}
