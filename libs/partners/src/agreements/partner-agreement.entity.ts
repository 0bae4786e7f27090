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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AgreementCounterpart, AgreementStatus, sqlInList } from '../partner-enums';
import { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';

/**
 * 連携協定: signed with Center headquarters (no office) or one regional office. In force on day D when
 * signed_on <= D and (ended_on IS NULL OR ended_on > D).
 */
@Entity({ name: 'partner_agreements' })
@Check('ck_partner_agreements_counterpart', `"counterpart" IN (${sqlInList(AgreementCounterpart)})`)
@Check('ck_partner_agreements_counterpart_office', `("counterpart" = 'CENTER_HQ') = ("office_id" IS NULL)`)
@Check('ck_partner_agreements_status', `"status" IN (${sqlInList(AgreementStatus)})`)
@Check('ck_partner_agreements_status_ended_on', `("status" = 'ENDED') = ("ended_on" IS NOT NULL)`)
@Check('ck_partner_agreements_dates', `"ended_on" IS NULL OR "ended_on" >= "signed_on"`)
@Index('ix_partner_agreements_institution', ['institutionId'])
@Index('ix_partner_agreements_office', ['officeId'])
export class PartnerAgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_agreements' })
  id: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => PartnerInstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_partner_agreements_institution' })
  institution?: PartnerInstitutionEntity;

  /** YYYY-MM-DD. */
  @Column({ type: 'date' })
  signedOn: string;

  @Column({ type: 'varchar', length: 16 })
  counterpart: AgreementCounterpart;

  /** The regional office for REGIONAL_OFFICE; null for CENTER_HQ. */
  @Column({ type: 'uuid', nullable: true })
  officeId: string | null;

  @ManyToOne(() => OfficeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'fk_partner_agreements_office' })
  office?: OfficeEntity | null;

  @Column({ type: 'varchar', length: 8 })
  status: AgreementStatus;

  /** YYYY-MM-DD: the first day the agreement is no longer in force. */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
