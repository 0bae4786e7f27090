import { Role, type AuthUser } from '@kakehashi/authz';
import {
  IdentityException,
  IdentityExceptionCode,
  UserAdministrationService,
  type UserEntity,
} from '@kakehashi/identity';
import { Injectable } from '@nestjs/common';
import { PartnerUserRole } from '../../partner-enums';
import { PartnerException } from '../../partner.exception';
import { PartnerUserDirectoryService } from './partner-user-directory.service';

export interface UpdatePartnerUserCommand {
  id: string;
  expectedVersion: number;
  /** Absent or null: unchanged. */
  name?: string | null;
  /** Absent or null: unchanged. */
  role?: PartnerUserRole | null;
  /** Absent: unchanged (removed when the account moves to PARTNER_HQ); null: removed. */
  partnerBranchId?: string | null;
}

const AS_ROLE: Record<PartnerUserRole, Role> = {
  [PartnerUserRole.PARTNER_HQ]: Role.PARTNER_HQ,
  [PartnerUserRole.PARTNER_BRANCH]: Role.PARTNER_BRANCH,
};

/**
 * Renames a partner account or moves it between its institution's head office and branches. The account rules, the
 * write and the sign-out on a change of role or branch are identity's (updateUser); the institution never changes
 * here, and the database keeps the branch within it (fk_users_partner_branch).
 */
@Injectable()
export class UpdatePartnerUserService {
  constructor(
    private readonly directory: PartnerUserDirectoryService,
    private readonly administration: UserAdministrationService,
  ) {}

  async update(actor: AuthUser, command: UpdatePartnerUserCommand): Promise<UserEntity> {
    const current = await this.directory.account(command.id);
    if (command.expectedVersion !== current.version) throw PartnerException.staleVersion(current.version);
    const newRole = command.role ? AS_ROLE[command.role] : null;
    const role = newRole ?? current.role;
    // A head-office account has no branch: moving to the head office leaves the branch unless one is named (which
    // the account rules then refuse).
    const partnerBranchId =
      command.partnerBranchId === undefined && role === Role.PARTNER_HQ ? null : command.partnerBranchId;
    try {
      // updateUser writes only if the version is still the one checked above, so the account is still a partner's.
      return await this.administration.updateUser(actor, {
        id: current.id,
        expectedVersion: command.expectedVersion,
        name: command.name,
        role: newRole,
        partnerBranchId,
      });
    } catch (error) {
      throw await this.asPartnerRefusal(error, current.id);
    }
  }

  /** A concurrent edit as CONFLICT with the current version, like every other partner write. */
  private async asPartnerRefusal(error: unknown, id: string): Promise<unknown> {
    if (!(error instanceof IdentityException)) return error;
    if (error.code === IdentityExceptionCode.USER_VERSION_CONFLICT) {
      try {
        return PartnerException.staleVersion((await this.directory.account(id)).version);
      } catch (gone) {
        return gone;
      }
    }
    if (error.code === IdentityExceptionCode.USER_NOT_FOUND)
      return PartnerException.notFound('提携機関ユーザー', id);
    return error;
  }
}
