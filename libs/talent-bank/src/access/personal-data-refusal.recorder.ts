import type { AuthUser } from '@kakehashi/authz';
import type { ApiError, ApiRefusalRecorder } from '@kakehashi/graphql-core';
import { Injectable, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { CONTACT_FIELDS } from '../registrants/registrant.model';
import { AccessAction } from '../talent-bank-enums';
import { accessContext, AccessLogService, personalFieldsSelected } from './access-log.service';

/**
 * The operations that hand out a registrant's personal data, with where the registrant sits in their result. A refused
 * call of one of them is written to the access log as DENIED, with what it tried to read.
 */
export const PERSONAL_DATA_OPERATIONS: Record<string, { path: string[] | null; action: AccessAction }> = {
  'Query.talentBankRegistrants': { path: ['edges', 'node'], action: AccessAction.READ },
  'Query.talentBankRegistrant': { path: [], action: AccessAction.READ },
  'Query.talentBankRegistrantsForOpening': { path: ['items', 'registrant'], action: AccessAction.READ },
  // Ranks openings with the registrant's career and wishes; returns none of them.
  'Query.talentBankOpeningsForRegistrant': { path: null, action: AccessAction.READ },
  'Mutation.registerTalentBankRegistrant': { path: [], action: AccessAction.READ },
  'Mutation.updateTalentBankRegistrant': { path: [], action: AccessAction.READ },
  'Mutation.recordTalentBankContact': { path: [], action: AccessAction.READ },
  'Mutation.withdrawTalentBankConsent': { path: [], action: AccessAction.READ },
  'Mutation.recordTalentBankReemployment': { path: [], action: AccessAction.READ },
  'Mutation.exportTalentBankRegistrant': { path: null, action: AccessAction.EXPORT },
  'Mutation.revealTalentBankContact': { path: null, action: AccessAction.READ },
};

/** What matching reads of a registrant (logged for talentBankOpeningsForRegistrant). */
export const MATCHING_FIELDS = ['career', 'wishes'];
/** What an export writes out. */
export const EXPORT_FIELDS = [
  'name',
  'kana',
  'dateOfBirth',
  'age',
  'phone',
  'email',
  'address',
  'prefecture',
  'gender',
  'eligibilityReason',
  'leftJobOn',
  'consent',
  'career',
  'wishes',
];

/**
 * Writes every refused personal-data operation to the access log as DENIED, with what it tried to read: the global
 * guard's role refusal and the services' office refusals alike. The application's one error filter (ApiErrorsFilter)
 * calls it, before answering, for every refusal with code FORBIDDEN.
 */
@Injectable()
export class PersonalDataRefusalRecorder implements ApiRefusalRecorder {
  private readonly logger = new Logger('TalentBankAccess');

  constructor(private readonly log: AccessLogService) {}

  async refused(error: ApiError, host: ArgumentsHost): Promise<void> {
    if (host.getType<string>() !== 'graphql') return;
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const context = gql.getContext<{ req?: { ip?: string; user?: AuthUser } }>();
    const user = context?.req?.user;
    if (!info || !user) return;
    const operation = `${info.parentType.name}.${info.fieldName}`;
    const spec = PERSONAL_DATA_OPERATIONS[operation];
    if (!spec) return;
    const fields =
      spec.action === AccessAction.EXPORT
        ? EXPORT_FIELDS
        : operation === 'Mutation.revealTalentBankContact'
          ? [...CONTACT_FIELDS]
          : spec.path === null
            ? MATCHING_FIELDS
            : personalFieldsSelected(info, spec.path);
    const reason = String(error.extensions['reason'] ?? 'FORBIDDEN');
    try {
      await this.log.denied(
        accessContext(user, info, context.req),
        spec.action,
        registrantIdOf(gql.getArgs<Record<string, unknown>>()),
        fields,
        reason,
      );
    } catch (failure) {
      // The refusal stands either way; a log that cannot be written is an operational alarm.
      this.logger.error(
        { operation, error: failure instanceof Error ? failure.message : String(failure) },
        'A refused access to personal data could not be written to the access log',
      );
    }
  }
}

function registrantIdOf(args: Record<string, unknown> | undefined): string | null {
  const input = (args?.['input'] ?? {}) as Record<string, unknown>;
  const candidate = args?.['id'] ?? args?.['registrantId'] ?? input['registrantId'] ?? input['id'];
  return typeof candidate === 'string' && isUUID(candidate) ? candidate : null;
}
