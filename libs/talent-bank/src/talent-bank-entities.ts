import { AccessLogEntity } from './entities/access-log.entity';
import { ConsentPurposeEntity } from './entities/consent-purpose.entity';
import { ReemploymentEntity } from './entities/reemployment.entity';
import { RegistrantEntity } from './entities/registrant.entity';
import { SeniorOpeningEntity } from './entities/senior-opening.entity';
import { SupportRequestEntity } from './entities/support-request.entity';

/** The talent bank tables' entities. */
export const TALENT_BANK_ENTITIES = [
  ConsentPurposeEntity,
  SupportRequestEntity,
  RegistrantEntity,
  SeniorOpeningEntity,
  ReemploymentEntity,
  AccessLogEntity,
];
