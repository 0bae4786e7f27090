import type { AuthUser } from '@kakehashi/authz';
import { ForbiddenError, type ApiError } from '@kakehashi/graphql-core';
import { Catch, Injectable, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { CONTACT_FIELDS } from '../models/registrant.models';
import { AccessAction } from '../talent-bank-enums';
import { TalentBankException, TalentBankExceptionCode, toTalentBankApiError } from '../talent-bank.exception';
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

const DENIED_CODES = new Set<string>([
  TalentBankExceptionCode.OUTSIDE_OFFICE,
  TalentBankExceptionCode.NO_OFFICE_ASSIGNED,
]);

/**
 * The talent bank resolvers' filter: maps the module's exceptions to API errors (toTalentBankApiError), and records
 * every refusal of a personal-data operation — the global guard's role refusal (it passes through here: Nest runs a
 * handler's filters around its guards) and the services' office refusals — in the access log before answering.
 */
@Catch(TalentBankException, ForbiddenError)
@Injectable()
export class TalentBankExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('TalentBankAccess');

  constructor(private readonly log: AccessLogService) {}

  async catch(exception: TalentBankException | ForbiddenError, host: ArgumentsHost): Promise<ApiError> {
    const error = exception instanceof TalentBankException ? toTalentBankApiError(exception) : exception;
    const refused =
      exception instanceof ForbiddenError ||
      (exception instanceof TalentBankException && DENIED_CODES.has(exception.code));
    if (refused) await this.recordDenied(exception, host);
    return error;
  }

  private async recordDenied(
    exception: TalentBankException | ForbiddenError,
    host: ArgumentsHost,
  ): Promise<void> {
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
    const reason =
      exception instanceof TalentBankException
        ? exception.code
        : String((exception.extensions as Record<string, unknown>)['reason'] ?? 'FORBIDDEN');
    try {
      await this.log.denied(
        accessContext(user, info, context.req),
        spec.action,
        registrantIdOf(gql.getArgs<Record<string, unknown>>()),
        fields,
        reason,
      );
    } catch (error) {
      // The refusal stands either way; a log that cannot be written is an operational alarm.
      this.logger.error(
        { operation, error: error instanceof Error ? error.message : String(error) },
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
