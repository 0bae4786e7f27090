import type { Provider } from '@nestjs/common';
import { CorrectEstablishmentService } from './establishments/services/correct-establishment.service';
import { RecordEstablishmentService } from './establishments/services/record-establishment.service';
import { CaseChoicesResolver } from './resolvers/case-choices.resolver';
import { CaseRecordsResolver } from './resolvers/case-records.resolver';
import { CaseTransitionsResolver } from './resolvers/case-transitions.resolver';
import { CaseResolver } from './resolvers/case.resolver';
import { UserCaseWorkResolver } from './resolvers/user-case-work.resolver';
import {
  ReceivingOfferMatchCaseResolver,
  SendingOfferMatchCaseResolver,
} from './resolvers/match-case-fields.resolver';
import { CaseCommandRunner } from './services/case-command.runner';
import { CaseFactsLoader } from './services/case-facts.loader';
import { CaseQueryService } from './services/case-query.service';
import { CreateCaseService } from './services/create-case.service';
import { RecordCaseWorkersService } from './services/record-case-workers.service';
import { RecordCaseSectionService } from './services/sections/record-case-section.service';
import { AdvanceCaseService } from './services/transitions/advance-case.service';
import { CompleteCaseService } from './services/transitions/complete-case.service';
import { EndCaseNotEstablishedService } from './services/transitions/end-case-not-established.service';
import { MoveCaseBackService } from './services/transitions/move-case-back.service';
import { UpdateCaseTeamService } from './services/update-case-team.service';
import { CaseTimelineResolver } from './timeline/case-timeline.resolver';
import { CaseTimelineService } from './timeline/case-timeline.service';

/** Opening cases, their stage records, moves, establishments and the timeline. */
export const CASE_WORKFLOW_PROVIDERS: Provider[] = [
  CaseCommandRunner,
  CaseFactsLoader,
  CaseQueryService,
  CreateCaseService,
  UpdateCaseTeamService,
  RecordCaseWorkersService,
  RecordCaseSectionService,
  AdvanceCaseService,
  MoveCaseBackService,
  EndCaseNotEstablishedService,
  RecordEstablishmentService,
  CorrectEstablishmentService,
  CompleteCaseService,
  CaseResolver,
  CaseRecordsResolver,
  CaseTransitionsResolver,
  CaseTimelineService,
  CaseTimelineResolver,
  ReceivingOfferMatchCaseResolver,
  SendingOfferMatchCaseResolver,
  CaseChoicesResolver,
  UserCaseWorkResolver,
];
