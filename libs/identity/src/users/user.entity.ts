import { Role } from '@kakehashi/authz';
import { OfficeEntity } from '@kakehashi/organisations';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity({ name: 'users' })
@Unique('uq_users_email', ['email'])
@Check(
  'ck_users_role',
  `"role" IN ('ADMIN', 'HQ_COORDINATOR', 'CONSULTANT', 'EXECUTIVE', 'PARTNER_HQ', 'PARTNER_BRANCH')`,
)
@Check('ck_users_consultant_office', `"role" <> 'CONSULTANT' OR "office_id" IS NOT NULL`)
@Check(
  'ck_users_partner_institution',
  `("role" IN ('PARTNER_HQ', 'PARTNER_BRANCH')) = ("partner_institution_id" IS NOT NULL)`,
)
@Check('ck_users_partner_branch', `("role" = 'PARTNER_BRANCH') = ("partner_branch_id" IS NOT NULL)`)
@Index('ix_users_office', ['officeId'])
@Index('ix_users_partner_institution', ['partnerInstitutionId'])
@Index('ix_users_partner_branch', ['partnerBranchId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  /** Stored lower-cased; sign-in compares lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  officeId: string | null;

  @ManyToOne(() => OfficeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'fk_users_office' })
  office?: OfficeEntity | null;

  /**
   * The partner institution of PARTNER_* users. Its foreign keys (fk_users_partner_institution, and
   * fk_users_partner_branch keeping the branch inside the institution) are declared by @kakehashi/partners, which
   * owns the tables they reference and may depend on this library, not the other way round.
   */
  @Column({ type: 'uuid', nullable: true })
  partnerInstitutionId: string | null;

  /** The branch of a PARTNER_BRANCH user (required for that role, absent for every other). */
  @Column({ type: 'uuid', nullable: true })
  partnerBranchId: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  isActive: boolean;

  /** Embedded in every token; bumping it (deactivation, role change) makes earlier tokens stop working. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
