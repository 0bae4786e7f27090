import { UserAdministrationService, type UserEntity } from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import type { PartnerUserRole } from '../../partner-enums';

export interface CreatePartnerUserCommand {
  partnerInstitutionId: string;
  partnerBranchId?: string | null;
  role: PartnerUserRole;
  email: string;
  name: string;
  password: string;
}

/**
 * A partner user account, made by administrators or HQ coordinators (createUser is for administrators only). Only
 * partner roles can be given here; the account rules are identity's own: a head-office user has no branch, a branch
 * user one branch of the institution (the database refuses any other, see fk_users_partner_branch).
 */
@Injectable()
export class CreatePartnerUserService {
  /** Provided by PartnersModule on the application's DataSource (IdentityModule does not export it). */
  constructor(private readonly administration: UserAdministrationService) {}

  create(command: CreatePartnerUserCommand): Promise<UserEntity> {
    return this.administration.createUser({
      email: command.email,
      name: command.name,
      role: command.role,
      officeId: null,
      partnerInstitutionId: command.partnerInstitutionId,
      partnerBranchId: command.partnerBranchId ?? null,
      password: command.password,
    });
  }
}
