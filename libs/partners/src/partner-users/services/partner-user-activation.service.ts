import type { AuthUser } from '@kakehashi/authz';
import { UserAdministrationService, type UserEntity } from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import { PartnerUserDirectoryService } from './partner-user-directory.service';

/**
 * Deactivates and reactivates partner accounts, with identity's rules: deactivation signs the user out everywhere at
 * once (tokenVersion), reactivation lets them sign in again; both idempotent. Center staff accounts stay with the
 * administrators' deactivateUser/reactivateUser.
 */
@Injectable()
export class PartnerUserActivationService {
  constructor(
    private readonly directory: PartnerUserDirectoryService,
    private readonly administration: UserAdministrationService,
  ) {}

  // The partner check and identity's write are two statements (deactivateUser takes no version): an administrator
  // turning this very account into a staff account in between is the one case they do not cover.
  async deactivate(actor: AuthUser, id: string): Promise<UserEntity> {
    const account = await this.directory.account(id);
    return this.administration.deactivateUser(actor, account.id);
  }

  async reactivate(id: string): Promise<UserEntity> {
    const account = await this.directory.account(id);
    return this.administration.reactivateUser(account.id);
  }
}
