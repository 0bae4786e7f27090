import { Role } from '@kakehashi/authz';
import type { FieldError } from '@kakehashi/graphql-core';
import { OfficeEntity } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type Repository } from 'typeorm';
import { IdentityException } from '../../identity.exception';
import { PasswordHasher } from '../../passwords/password-hasher';
import { UserEntity } from '../user.entity';
import {
  assignmentProblems,
  emailProblem,
  idProblems,
  isUuid,
  nameProblem,
  normalizeEmail,
  normalizeName,
  roleProblem,
} from '../user-rules';
import { passwordProblem } from '../password-policy';
import { AuthStateCache } from '../../auth/cache/auth-state-cache';

export interface NewUser {
  email: string;
  name: string;
  /** A Role; a string because the CLI passes what the operator typed. */
  role: string;
  officeId?: string | null;
  partnerInstitutionId?: string | null;
  /** Required for PARTNER_BRANCH: a branch of `partnerInstitutionId`. */
  partnerBranchId?: string | null;
  password: string;
}

export interface UserChanges {
  id: string;
  expectedVersion: number;
  /** Absent or null: unchanged. */
  name?: string | null;
  /** Absent or null: unchanged. */
  role?: Role | null;
  /** Absent: unchanged; null: remove. */
  officeId?: string | null;
  /** Absent: unchanged; null: remove. */
  partnerInstitutionId?: string | null;
  /** Absent: unchanged; null: remove. */
  partnerBranchId?: string | null;
}

/** Who asks for a change; null for the operators' CLI, which has no signed-in user. */
export type Actor = { id: string } | null;

/**
 * Creating and changing user accounts. The only writer of `users` besides sign-in bookkeeping, used by both the
 * GraphQL mutations and the operators' CLI so that both apply the same rules.
 */
@Injectable()
export class UserAdministrationService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  /** For callers outside Nest (the CLI): the same service on a plain DataSource. */
  static forDataSource(dataSource: DataSource): UserAdministrationService {
    return new UserAdministrationService(
      dataSource.getRepository(UserEntity),
      dataSource.getRepository(OfficeEntity),
      new PasswordHasher(),
    );
  }

  async createUser(input: NewUser): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    const name = normalizeName(input.name);
    const officeId = input.officeId || null;
    const partnerInstitutionId = input.partnerInstitutionId?.trim().toLowerCase() || null;
    const partnerBranchId = input.partnerBranchId?.trim().toLowerCase() || null;

    const problems: FieldError[] = [];
    const add = (field: string, message: string | null) => message && problems.push({ field, message });
    add('input.email', emailProblem(email));
    add('input.name', nameProblem(name));
    add('input.role', roleProblem(input.role));
    add('input.password', passwordProblem(input.password, { email, name }));
    const badIds = idProblems({ officeId, partnerInstitutionId, partnerBranchId });
    problems.push(...badIds);
    if (roleProblem(input.role) === null && badIds.length === 0) {
      problems.push(
        ...assignmentProblems({
          role: input.role as Role,
          officeId,
          officeKind: await this.officeKind(officeId),
          partnerInstitutionId,
          partnerBranchId,
        }),
      );
    }
    if (problems.length) throw IdentityException.invalidInput(problems);

    if (await this.users.existsBy({ email })) throw IdentityException.emailTaken(email);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const user = this.users.create({
        email,
        name,
        role: input.role as Role,
        officeId,
        partnerInstitutionId,
        partnerBranchId,
        passwordHash,
        isActive: true,
        tokenVersion: 0,
        lastLoginAt: null,
      });
      return await this.users.save(user);
    } catch (error) {
      // Two administrators creating the same address at once: the unique constraint decides.
      if (isUniqueViolation(error, 'uq_users_email')) throw IdentityException.emailTaken(email);
      throw partnerReferenceProblem(error) ?? error;
    }
  }

  /**
   * Renames, or moves to another role or office. A change of role or office also signs the user out everywhere
   * (tokenVersion), so no token carries permissions the user no longer has.
   */
  async updateUser(actor: Actor, input: UserChanges): Promise<UserEntity> {
    const problems: FieldError[] = [];
    if (!isUuid(input.id)) throw IdentityException.userNotFound();
    const name = input.name == null ? undefined : normalizeName(input.name);
    if (name !== undefined) {
      const problem = nameProblem(name);
      if (problem) problems.push({ field: 'input.name', message: problem });
    }
    const badRole = input.role != null ? roleProblem(input.role) : null;
    if (badRole) problems.push({ field: 'input.role', message: badRole });
    const partnerInput =
      input.partnerInstitutionId === undefined
        ? undefined
        : input.partnerInstitutionId?.trim().toLowerCase() || null;
    const branchInput =
      input.partnerBranchId === undefined ? undefined : input.partnerBranchId?.trim().toLowerCase() || null;
    const officeInput = input.officeId === undefined ? undefined : input.officeId || null;
    const badIds = idProblems({
      officeId: officeInput,
      partnerInstitutionId: partnerInput,
      partnerBranchId: branchInput,
    });
    problems.push(...badIds);

    const current = await this.users.findOneBy({ id: input.id });
    if (!current) throw IdentityException.userNotFound();
    if (current.version !== input.expectedVersion) throw IdentityException.versionConflict();

    const role = input.role ?? current.role;
    const officeId = officeInput === undefined ? current.officeId : officeInput;
    const partnerInstitutionId = partnerInput === undefined ? current.partnerInstitutionId : partnerInput;
    const partnerBranchId = branchInput === undefined ? current.partnerBranchId : branchInput;
    if (!badRole && badIds.length === 0) {
      problems.push(
        ...assignmentProblems({
          role,
          officeId,
          officeKind: await this.officeKind(officeId),
          partnerInstitutionId,
          partnerBranchId,
        }),
      );
    }
    if (problems.length) throw IdentityException.invalidInput(problems);
    if (actor?.id === current.id && current.role === Role.ADMIN && role !== Role.ADMIN) {
      throw IdentityException.selfLockout('demote');
    }

    const changes: Partial<UserEntity> = {};
    if (name !== undefined && name !== current.name) changes.name = name;
    if (role !== current.role) changes.role = role;
    if (officeId !== current.officeId) changes.officeId = officeId;
    if (partnerInstitutionId !== current.partnerInstitutionId)
      changes.partnerInstitutionId = partnerInstitutionId;
    if (partnerBranchId !== current.partnerBranchId) changes.partnerBranchId = partnerBranchId;
    if (Object.keys(changes).length === 0) return this.unchanged(current, input.expectedVersion);
    const revokesTokens =
      'role' in changes ||
      'officeId' in changes ||
      'partnerInstitutionId' in changes ||
      'partnerBranchId' in changes;

    // The version condition makes the check and the write one atomic step: of two concurrent edits from the same
    // version, exactly one matches a row.
    const result = await this.users
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, ...(revokesTokens ? { tokenVersion: () => 'token_version + 1' } : {}) })
      .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
      .execute()
      .catch((error: unknown) => {
        throw partnerReferenceProblem(error) ?? error;
      });
    if (result.affected !== 1) throw IdentityException.versionConflict();
    return this.reload(current.id);
  }

  /**
   * An edit that changes nothing writes nothing (no new version, no sign-out), but is answered as a write would be:
   * only if its version is still the current one, else CONFLICT (stale is stale; the client must reload). The
   * locking read waits for an edit in flight, as the conditional UPDATE does, and then sees its new version.
   */
  private async unchanged(current: UserEntity, expectedVersion: number): Promise<UserEntity> {
    const rows = await this.users.query<unknown[]>(
      `SELECT 1 FROM "users" WHERE "id" = $1 AND "version" = $2 FOR SHARE`,
      [current.id, expectedVersion],
    );
    if (rows.length === 0) throw IdentityException.versionConflict();
    return current;
  }

  /** Signs the user out everywhere at once; idempotent. */
  async deactivateUser(actor: Actor, id: string): Promise<UserEntity> {
    if (!isUuid(id)) throw IdentityException.userNotFound();
    if (actor?.id === id) throw IdentityException.selfLockout('deactivate');
    await this.users
      .createQueryBuilder()
      .update(UserEntity)
      .set({ isActive: false, tokenVersion: () => 'token_version + 1' })
      .where('id = :id AND is_active', { id })
      .execute();
    return this.reload(id);
  }

  /** Idempotent. Tokens from before the deactivation stay invalid: the user signs in again. */
  async reactivateUser(id: string): Promise<UserEntity> {
    if (!isUuid(id)) throw IdentityException.userNotFound();
    await this.users
      .createQueryBuilder()
      .update(UserEntity)
      .set({ isActive: true })
      .where('id = :id AND NOT is_active', { id })
      .execute();
    return this.reload(id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: normalizeEmail(email) });
  }

  /** The office with this code (HQ or 01..47), for the CLI's --office. */
  async officeIdByCode(code: string): Promise<string | null> {
    const office = await this.offices.findOneBy({ code: code.normalize('NFKC').trim().toUpperCase() });
    return office?.id ?? null;
  }

  private async officeKind(officeId: string | null) {
    if (!officeId) return null;
    const office = await this.offices.findOneBy({ id: officeId });
    return office?.kind ?? null;
  }

  /** After every write: this process's cached authentication of the user goes at once (others' on the trigger). */
  private async reload(id: string): Promise<UserEntity> {
    AuthStateCache.of(this.users.manager.connection).forgetUser(id);
    const user = await this.users.findOneBy({ id });
    if (!user) throw IdentityException.userNotFound();
    return user;
  }
}

/**
 * The partner institution and branch live in @kakehashi/partners (which depends on this library): their foreign keys
 * decide whether the institution exists and the branch is one of it, and the refusal becomes a field error here.
 */
function partnerReferenceProblem(error: unknown): IdentityException | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code !== '23503') return null;
  if (driverError.constraint === 'fk_users_partner_institution') {
    return IdentityException.invalidInput([
      { field: 'input.partnerInstitutionId', message: '指定された提携機関が見つかりません。' },
    ]);
  }
  if (driverError.constraint === 'fk_users_partner_branch') {
    return IdentityException.invalidInput([
      { field: 'input.partnerBranchId', message: '指定された支店はこの提携機関に登録されていません。' },
    ]);
  }
  return null;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
