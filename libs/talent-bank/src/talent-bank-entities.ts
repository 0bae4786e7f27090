import { AccessLogEntity } from './access/access-log.entity';
import { ConsentPurposeEntity } from './registrants/consent-purpose.entity';
import { ReemploymentEntity } from './registrants/reemployment.entity';
import { RegistrantEntity } from './registrants/registrant.entity';
import { SeniorOpeningEntity } from './senior-openings/senior-opening.entity';
import { SupportRequestEntity } from './support-requests/support-request.entity';

/** The talent bank tables' entities. */
export const TALENT_BANK_ENTITIES = [
  ConsentPurposeEntity,
  SupportRequestEntity,
  RegistrantEntity,
  SeniorOpeningEntity,
  ReemploymentEntity,
  AccessLogEntity,
];
