import './partner-users/user-partner-links';
import { PartnerAgreementEntity } from './agreements/partner-agreement.entity';
import { PartnerBranchEntity } from './branches/partner-branch.entity';
import { PartnerContactEntity } from './contacts/partner-contact.entity';
import { PartnerInstitutionEntity } from './institutions/partner-institution.entity';

/** The partner tables' entities (the users' foreign keys to them are registered on import, see user-partner-links). */
export const PARTNER_ENTITIES = [
  PartnerInstitutionEntity,
  PartnerBranchEntity,
  PartnerAgreementEntity,
  PartnerContactEntity,
];
