import type { Provider } from '@nestjs/common';
import { CaseChoicesResolver } from './case-choices.resolver';
import { CaseResolver } from './case.resolver';
import { ReceivingOfferMatchCaseResolver, SendingOfferMatchCaseResolver } from './match-case-fields.resolver';
import { CaseCommandRunner } from './services/case-command.runner';
import { CaseFactsLoader } from './services/case-facts.loader';
import { CaseQueryService } from './services/case-query.service';
import { CreateCaseService } from './services/create-case.service';
import { UserCaseWorkResolver } from './user-case-work.resolver';
import { CaseStageGuards } from '../workflow/case-stage-guards';

/** Opening and reading cases, the runner every change of a case goes through, and the case fields of other types. */
export const CASES_PROVIDERS: Provider[] = [
  CaseCommandRunner,
  CaseFactsLoader,
  CaseStageGuards,
  CaseQueryService,
  CreateCaseService,
  CaseResolver,
  ReceivingOfferMatchCaseResolver,
  SendingOfferMatchCaseResolver,
  CaseChoicesResolver,
  UserCaseWorkResolver,
];
