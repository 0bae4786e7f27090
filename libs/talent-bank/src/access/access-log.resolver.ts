import { Roles } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ACCESS_LOG_READERS } from '../talent-bank-roles';
import type { AccessLogEntity } from './access-log.entity';
import { AccessLogConnection, AccessLogEntryModel } from './access-log.model';
import { AccessLogQueryService } from './access-log-query.service';
import { AccessLogArgs } from './dtos/access-log.inputs';

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

/** The access log (administrators): who touched which registrant, no personal data. */
@Resolver()
export class TalentBankAccessLogResolver {
  constructor(private readonly accessLog: AccessLogQueryService) {}

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
