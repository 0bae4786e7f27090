import type { AuthUser } from '@kakehashi/authz';
import type { ApiError, ApiRefusalRecorder } from '@kakehashi/graphql-core';
import { Injectable, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { JobcardAccessAction, JobcardRecordKind } from '../jobcard-enums';
import { jobcardAccessContext, JobcardAccessLogService } from './jobcard-access-log.service';
import { SHEET_EXPORT_FIELDS, sheetFieldsSelected } from './sheet-personal-fields';

interface PersonalDataOperation {
  kind: JobcardRecordKind;
  action: JobcardAccessAction;
  /** Where the sheet sits in the result, for the fields it tried to read. */
  path: string[];
}

/** The operations that hand out a sheet's personal data; a refused call of one is logged as DENIED. */
export const JOBCARD_PERSONAL_DATA_OPERATIONS: Record<string, PersonalDataOperation> = {
  'Query.evaluationSheet': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
  'Query.evaluationSheets': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
  'Mutation.createEvaluationSheet': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
  'Mutation.updateEvaluationSheet': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
  'Mutation.recordEvaluation': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
  'Mutation.advanceEvaluation': { kind: 'EVALUATION_SHEET', action: 'READ', path: [] },
};

/** The export route (REST): its path names the sheet. */
export const SHEET_EXPORT_ROUTE = 'GET /jobcard/exports/evaluation-sheets/:id/workbook.xlsx';
const SHEET_EXPORT_PATH = /^\/jobcard\/exports\/evaluation-sheets\/([^/]+)\/workbook\.xlsx(?:\?|$)/;

type HttpRequest = { ip?: string; user?: AuthUser; originalUrl?: string; url?: string; method?: string };

/**
 * Writes every refused personal-data operation of the Job Card to jobcard_access_log as DENIED, with what it tried to
 * read: the guard's role refusals and the services' office refusals alike. The application's error filter calls it
 * (with the talent bank's recorder, see composeRefusalRecorders) for every refusal with code FORBIDDEN.
 */
@Injectable()
export class JobcardRefusalRecorder implements ApiRefusalRecorder {
  private readonly logger = new Logger('JobcardAccess');

  constructor(private readonly log: JobcardAccessLogService) {}

  async refused(error: ApiError, host: ArgumentsHost): Promise<void> {
    const reason = String(error.extensions['reason'] ?? 'FORBIDDEN');
    try {
      if (host.getType<string>() === 'graphql') await this.refusedQuery(host, reason);
      else if (host.getType<string>() === 'http') await this.refusedExport(host, reason);
    } catch (failure) {
      // The refusal stands either way; a log that cannot be written is an operational alarm.
      this.logger.error(
        { error: failure instanceof Error ? failure.message : String(failure) },
        'A refused access to Job Card personal data could not be written to the access log',
      );
    }
  }

  private async refusedQuery(host: ArgumentsHost, reason: string): Promise<void> {
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const context = gql.getContext<{ req?: HttpRequest }>();
    const user = context?.req?.user;
    if (!info || !user) return;
    const spec = JOBCARD_PERSONAL_DATA_OPERATIONS[`${info.parentType.name}.${info.fieldName}`];
    if (!spec) return;
    await this.log.denied(
      jobcardAccessContext(user, info, context.req),
      spec.action,
      spec.kind,
      recordIdOf(gql.getArgs<Record<string, unknown>>()),
      sheetFieldsSelected(info, spec.path),
      reason,
    );
  }

  private async refusedExport(host: ArgumentsHost, reason: string): Promise<void> {
    const request = host.switchToHttp().getRequest<HttpRequest>();
    const match = SHEET_EXPORT_PATH.exec(request.originalUrl ?? request.url ?? '');
    if (!match || request.method !== 'GET' || !request.user) return;
    await this.log.denied(
      { user: request.user, clientIp: request.ip ?? null, operation: SHEET_EXPORT_ROUTE },
      'EXPORT',
      'EVALUATION_SHEET',
      isUUID(match[1]) ? match[1] : null,
      SHEET_EXPORT_FIELDS,
      reason,
    );
  }
}

function recordIdOf(args: Record<string, unknown> | undefined): string | null {
  const input = (args?.['input'] ?? {}) as Record<string, unknown>;
  const candidate = args?.['id'] ?? input['sheetId'] ?? input['id'];
  return typeof candidate === 'string' && isUUID(candidate) ? candidate : null;
}
