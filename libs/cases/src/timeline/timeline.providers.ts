import type { Provider } from '@nestjs/common';
import { CaseTimelineResolver } from './case-timeline.resolver';
import { CaseTimelineService } from './case-timeline.service';

/** A case's timeline of stages and history. */
export const TIMELINE_PROVIDERS: Provider[] = [CaseTimelineService, CaseTimelineResolver];
