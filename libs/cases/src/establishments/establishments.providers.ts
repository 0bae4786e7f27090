import type { Provider } from '@nestjs/common';
import { CorrectEstablishmentService } from './services/correct-establishment.service';
import { RecordEstablishmentService } from './services/record-establishment.service';

/** Recording and correcting a case's establishments. */
export const ESTABLISHMENTS_PROVIDERS: Provider[] = [RecordEstablishmentService, CorrectEstablishmentService];
