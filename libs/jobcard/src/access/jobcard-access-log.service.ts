import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';

// The Job Card's access log (jobcard_access_log): the same shape and promises as the talent bank's AccessLogService,
// for the personal data in evaluation sheets and training plans (the trainee's name, the role holders' names, the
// trainee's facts, the diary).

export type JobcardAccessAction = 'READ' | 'EXPORT';
export type JobcardRecordKind = 'EVALUATION_SHEET' | 'TRAINING_PLAN';

/** Who is reading, from where, through which operation: what every access log row starts from. */
export interface JobcardAccessContext {
  user: Pick<AuthUser, 'id' | 'role' | 'officeId'>;
  clientIp: string | null;
  /** e.g. Query.trainingPlan */
  operation: string;
}

export function jobcardAccessContext(
  user: JobcardAccessContext['user'],
  info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>,
  request: { ip?: string } | undefined,
): JobcardAccessContext {
  return { user, clientIp: request?.ip ?? null, operation: `${info.parentType.name}.${info.fieldName}` };
}

/**
 * Writes the append-only access log: names of fields, never their values. A read is only served once its rows are
 * written (the callers await this before returning data), so no read goes unrecorded.
 */
@Injectable()
export class JobcardAccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row per record whose personal data the caller received; nothing when no personal field was selected. */
  async allowed(
    context: JobcardAccessContext,
    action: JobcardAccessAction,
    recordKind: JobcardRecordKind,
    recordIds: readonly string[],
    fields: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (recordIds.length === 0 || (fields.length === 0 && action === 'READ')) return;
    await this.insert(manager, context, {
      action,
      recordKind,
      outcome: 'ALLOWED',
      recordIds: [...new Set(recordIds)],
      fields,
      reason: null,
    });
  }

  /** A refused attempt, with what it tried to read. `recordId` null: a list, or an id that is not one. */
  async denied(
    context: JobcardAccessContext,
    action: JobcardAccessAction,
    recordKind: JobcardRecordKind,
    recordId: string | null,
    fields: readonly string[],
    reason: string,
  ): Promise<void> {
    await this.insert(this.dataSource.manager, context, {
      action,
      recordKind,
      outcome: 'DENIED',
      recordIds: [recordId],
      fields,
      reason,
    });
  }

  private async insert(
    manager: EntityManager,
    context: JobcardAccessContext,
    row: {
      action: JobcardAccessAction;
      recordKind: JobcardRecordKind;
      outcome: 'ALLOWED' | 'DENIED';
      recordIds: (string | null)[];
      fields: readonly string[];
      reason: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "jobcard_access_log"
         ("actor_user_id", "actor_role", "actor_office_id", "action", "operation", "record_kind", "record_id",
          "fields", "outcome", "denial_reason", "client_ip")
       SELECT $1, $2, $3, $4, $5, $6, r.id, $8::text[], $9, $10, $11
         FROM unnest($7::uuid[]) AS r(id)`,
      [
        context.user.id,
        context.user.role,
        context.user.officeId,
        row.action,
        context.operation.slice(0, 100),
        row.recordKind,
        row.recordIds,
        [...new Set(row.fields)].sort(),
        row.outcome,
        row.reason?.slice(0, 64) ?? null,
        context.clientIp?.slice(0, 64) ?? null,
      ],
    );
  }
}
