import './entities/user-partner-links';
import { PartnerAgreementEntity } from './entities/partner-agreement.entity';
import { PartnerBranchEntity } from './entities/partner-branch.entity';
import { PartnerContactEntity } from './entities/partner-contact.entity';
import { PartnerInstitutionEntity } from './entities/partner-institution.entity';

/** The partner tables' entities (the users' foreign keys to them are registered on import, see user-partner-links). */
export const PARTNER_ENTITIES = [
  PartnerInstitutionEntity,
  PartnerBranchEntity,
  PartnerAgreementEntity,
  PartnerContactEntity,
];
