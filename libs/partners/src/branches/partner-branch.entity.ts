import { PrefectureEntity } from '@kakehashi/organisations';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PartnerInstitutionEntity } from '../institutions/partner-institution.entity';

/** A branch (支店・支部) of a partner institution; a branch belongs to exactly one institution. */
@Entity({ name: 'partner_branches' })
@Unique('uq_partner_branches_institution_name', ['institutionId', 'name'])
// The target of the composite foreign keys (contacts, users) that keep a branch inside its own institution.
@Unique('uq_partner_branches_id_institution', ['id', 'institutionId'])
export class PartnerBranchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_branches' })
  id: string;

  @Column({ type: 'uuid' })
  institutionId: string;

  @ManyToOne(() => PartnerInstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'fk_partner_branches_institution' })
  institution?: PartnerInstitutionEntity;

  /** NFKC, trimmed, spaces collapsed: unique within the institution however it is typed. */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode: string;

  @ManyToOne(() => PrefectureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code', foreignKeyConstraintName: 'fk_partner_branches_prefecture' })
  prefecture?: PrefectureEntity;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
