import { UserEntity } from '@kakehashi/identity';
import { ForeignKey } from 'typeorm';
import { PartnerBranchEntity } from '../branches/partner-branch.entity';
import { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';

// The foreign keys of users.partner_institution_id and users.partner_branch_id (prisma/migrations/…_partners),
// declared here rather than on UserEntity: they reference this library's tables, and @kakehashi/identity may not
// depend on this library. Consequence: a DataSource that holds UserEntity in a process that loaded this library must
// hold PARTNER_ENTITIES too (PartnersModule registers them; the CLI adds them to its user administration).
ForeignKey(() => PartnerInstitutionEntity, ['partnerInstitutionId'], ['id'], {
  name: 'fk_users_partner_institution',
  onDelete: 'RESTRICT',
})(UserEntity);

// Composite, so that a branch user's branch is always one of the user's own institution.
ForeignKey(() => PartnerBranchEntity, ['partnerBranchId', 'partnerInstitutionId'], ['id', 'institutionId'], {
  name: 'fk_users_partner_branch',
  onDelete: 'RESTRICT',
})(UserEntity);
