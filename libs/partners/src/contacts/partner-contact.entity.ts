import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PartnerBranchEntity } from '../branches/partner-branch.entity';
import { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';

/** A contact person at a partner institution, at its head office (no branch) or at one of its branches. */
@Entity({ name: 'partner_contacts' })
@Check('ck_partner_contacts_reachable', `"email" IS NOT NULL OR "phone" IS NOT NULL`)
// Composite, so that a contact's branch is always one of the contact's own institution.
@ForeignKey(() => PartnerBranchEntity, ['branchId', 'institutionId'], ['id', 'institutionId'], {
  name: 'fk_partner_contacts_branch',
  onDelete: 'RESTRICT',
})
@Index('ix_partner_contacts_institution', ['institutionId'])
@Index('ix_partner_contacts_branch', ['branchId'])
export class PartnerContactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_contacts' })
  id: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => PartnerInstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_partner_contacts_institution' })
  institution?: PartnerInstitutionEntity;

  /** Null: the head office. */
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 部署・役職 */
  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
