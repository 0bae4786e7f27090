import type { Provider } from '@nestjs/common';
import { CaseTransitionsResolver } from './case-transitions.resolver';
import { AdvanceCaseService } from './services/advance-case.service';
import { CompleteCaseService } from './services/complete-case.service';
import { EndCaseNotEstablishedService } from './services/end-case-not-established.service';
import { MoveCaseBackService } from './services/move-case-back.service';

/** Moving a case between stages: advancing, moving back, ending it not established and completing it. */
export const TRANSITIONS_PROVIDERS: Provider[] = [
  AdvanceCaseService,
  MoveCaseBackService,
  EndCaseNotEstablishedService,
  CompleteCaseService,
  CaseTransitionsResolver,
];
