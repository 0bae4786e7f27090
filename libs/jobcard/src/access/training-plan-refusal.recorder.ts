import type { AuthUser } from '@kakehashi/authz';
import type { ApiError, ApiRefusalRecorder } from '@kakehashi/graphql-core';
import { AccessAction, accessContext, TalentBankAccessLogService } from '@kakehashi/talent-bank';
import { Injectable, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { REGISTRANT_ELIGIBILITY_FIELDS } from '../eligibility/eligibility.resolver';
import { jobcardAccessContext, JobcardAccessLogService } from './jobcard-access-log.service';
import { planFieldsSelected } from './plan-personal-fields';

/** The operations that hand out a plan's personal data: a refused call is written to the access log as DENIED. */
export const PLAN_OPERATIONS: ReadonlySet<string> = new Set([
  'Query.trainingPlan',
  'Query.trainingPlans',
  'Mutation.saveTrainingPlan',
  'Mutation.acceptTrainingPlan',
  'Mutation.saveTrainingLog',
]);

/** A registrant's career read by the Job Card: refused calls go to the talent bank's own log, as its reads do. */
const REGISTRANT_OPERATIONS: ReadonlySet<string> = new Set(['Query.registrantTrainingEligibility']);

/**
 * Writes every refused training-plan operation as DENIED to jobcard_access_log, and a refused read of a registrant's
 * career to the talent bank's log, with what it tried to read: the guard's role refusals and the services' office
 * refusals alike. The application composes it with the other modules' recorders (composeRefusalRecorders).
 */
@Injectable()
export class TrainingPlanRefusalRecorder implements ApiRefusalRecorder {
  private readonly logger = new Logger('JobcardTrainingPlanAccess');

  constructor(
    private readonly log: JobcardAccessLogService,
    private readonly talentBankLog: TalentBankAccessLogService,
  ) {}

  async refused(error: ApiError, host: ArgumentsHost): Promise<void> {
    if (host.getType<string>() !== 'graphql') return;
    const gql = GqlArgumentsHost.create(host);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const context = gql.getContext<{ req?: { ip?: string; user?: AuthUser } }>();
    const user = context?.req?.user;
    if (!info || !user) return;
    const operation = `${info.parentType.name}.${info.fieldName}`;
    const args = gql.getArgs<Record<string, unknown>>();
    const reason = String(error.extensions['reason'] ?? 'FORBIDDEN');
    try {
      if (PLAN_OPERATIONS.has(operation)) {
        const fields = planFieldsSelected(info);
        const logContext = jobcardAccessContext(user, info, context.req);
        await this.log.denied(
          logContext,
          'READ',
          'TRAINING_PLAN',
          idOf(args, ['id', 'planId']),
          fields,
          reason,
        );
      } else if (REGISTRANT_OPERATIONS.has(operation)) {
        await this.talentBankLog.denied(
          accessContext(user, info, context.req),
          AccessAction.READ,
          idOf(args, ['registrantId']),
          REGISTRANT_ELIGIBILITY_FIELDS,
          reason,
        );
      }
    } catch (failure) {
      // The refusal stands either way; a log that cannot be written is an operational alarm.
      this.logger.error(
        { operation, error: failure instanceof Error ? failure.message : String(failure) },
        'A refused access to personal data could not be written to the access log',
      );
    }
  }
}

/** The record the call named: an argument, or the input's `id` (a new plan has none). */
function idOf(args: Record<string, unknown> | undefined, names: readonly string[]): string | null {
  const input = (args?.['input'] ?? {}) as Record<string, unknown>;
  const candidate = names.map((name) => args?.[name]).find((value) => value !== undefined) ?? input['id'];
  return typeof candidate === 'string' && isUUID(candidate) ? candidate : null;
}
