import { selectedFieldsAt } from '@kakehashi/talent-bank';
import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { JobcardAccessAction, JobcardAccessOutcome, JobcardRecordKind } from '../jobcard-enums';

/** Who is reading, from where, through which operation: what every access log row starts from. */
export interface JobcardAccessContext {
  user: Pick<AuthUser, 'id' | 'role' | 'officeId'>;
  clientIp: string | null;
  /** e.g. Query.evaluationSheet, or GET /jobcard/exports/evaluation-sheets/:id/workbook.xlsx */
  operation: string;
}

export function jobcardAccessContext(
  user: JobcardAccessContext['user'],
  info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>,
  request: { ip?: string } | undefined,
): JobcardAccessContext {
  return { user, clientIp: request?.ip ?? null, operation: `${info.parentType.name}.${info.fieldName}` };
}

/** The fields selected at `path` that are not in `nonPersonal`: what a read hands out of a person. */
export function personalFieldsAt(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  nonPersonal: ReadonlySet<string>,
  path: readonly string[] = [],
): string[] {
  return selectedFieldsAt(info, path).filter((field) => !nonPersonal.has(field));
}

/**
 * Writes the append-only jobcard_access_log: names of fields, never their values. A read is served only once its rows
 * are written (callers await this before returning data), so no read goes unrecorded.
 */
@Injectable()
export class JobcardAccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row per record whose personal data the caller received; nothing for a read that selected none. */
  async allowed(
    context: JobcardAccessContext,
    action: JobcardAccessAction,
    kind: JobcardRecordKind,
    recordIds: readonly string[],
    fields: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (recordIds.length === 0 || (fields.length === 0 && action === 'READ')) return;
    await this.insert(manager, context, action, kind, 'ALLOWED', [...new Set(recordIds)], fields, null);
  }

  /** A refused attempt, with what it tried to read; `recordId` null when the id given was not one. */
  async denied(
    context: JobcardAccessContext,
    action: JobcardAccessAction,
    kind: JobcardRecordKind,
    recordId: string | null,
    fields: readonly string[],
    reason: string,
  ): Promise<void> {
    await this.insert(this.dataSource.manager, context, action, kind, 'DENIED', [recordId], fields, reason);
  }

  private async insert(
    manager: EntityManager,
    context: JobcardAccessContext,
    action: JobcardAccessAction,
    kind: JobcardRecordKind,
    outcome: JobcardAccessOutcome,
    recordIds: (string | null)[],
    fields: readonly string[],
    reason: string | null,
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
        action,
        context.operation.slice(0, 100),
        kind,
        recordIds,
        [...new Set(fields)].sort(),
        outcome,
        reason?.slice(0, 64) ?? null,
        context.clientIp?.slice(0, 64) ?? null,
      ],
    );
  }
}
