import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { CONTACT_FIELDS, NON_PERSONAL_REGISTRANT_FIELDS } from '../registrants/registrant.model';
import { AccessAction, AccessOutcome } from '../talent-bank-enums';
import { selectedFieldsAt } from './selected-fields';

/** Who is reading, from where, through which operation: what every access log row starts from. */
export interface AccessContext {
  user: Pick<AuthUser, 'id' | 'role' | 'officeId'>;
  clientIp: string | null;
  /** e.g. Query.talentBankRegistrant */
  operation: string;
}

export function accessContext(
  user: AccessContext['user'],
  info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>,
  request: { ip?: string } | undefined,
): AccessContext {
  return { user, clientIp: request?.ip ?? null, operation: `${info.parentType.name}.${info.fieldName}` };
}

/** The personal-data fields of TalentBankRegistrant the request selected at `path` (see NON_PERSONAL_REGISTRANT_FIELDS). */
export function personalFieldsSelected(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  path: readonly string[] = [],
): string[] {
  return selectedFieldsAt(info, path).filter((field) => !NON_PERSONAL_REGISTRANT_FIELDS.has(field));
}

/** As personalFieldsSelected, for a list or a ranking: the contact fields it never carries are not read either. */
export function listedFieldsSelected(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>,
  path: readonly string[],
): string[] {
  return personalFieldsSelected(info, path).filter((field) => !CONTACT_FIELDS.includes(field));
}

/**
 * Writes the append-only access log: names of fields, never their values, and no search text. A read is only served
 * once its rows are written (the callers await this before returning data), so no read goes unrecorded.
 */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One row per registrant whose personal data the caller received; nothing when no personal field was selected. */
  async allowed(
    context: AccessContext,
    action: AccessAction,
    registrantIds: readonly string[],
    fields: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (registrantIds.length === 0 || (fields.length === 0 && action === AccessAction.READ)) return;
    await this.insert(
      manager,
      context,
      action,
      AccessOutcome.ALLOWED,
      [...new Set(registrantIds)],
      fields,
      null,
    );
  }

  /** A refused attempt, with what it tried to read. `registrantId` null: a list, or an id that is not one. */
  async denied(
    context: AccessContext,
    action: AccessAction,
    registrantId: string | null,
    fields: readonly string[],
    reason: string,
  ): Promise<void> {
    await this.insert(
      this.dataSource.manager,
      context,
      action,
      AccessOutcome.DENIED,
      [registrantId],
      fields,
      reason,
    );
  }

  private async insert(
    manager: EntityManager,
    context: AccessContext,
    action: AccessAction,
    outcome: AccessOutcome,
    registrantIds: (string | null)[],
    fields: readonly string[],
    reason: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO "talent_bank_access_log"
         ("actor_user_id", "actor_role", "actor_office_id", "action", "operation", "registrant_id", "fields",
          "outcome", "denial_reason", "client_ip")
       SELECT $1, $2, $3, $4, $5, r.id, $7::text[], $8, $9, $10
         FROM unnest($6::uuid[]) AS r(id)`,
      [
        context.user.id,
        context.user.role,
        context.user.officeId,
        action,
        context.operation.slice(0, 100),
        registrantIds,
        [...new Set(fields)].sort(),
        outcome,
        reason,
        context.clientIp?.slice(0, 64) ?? null,
      ],
    );
  }
}
