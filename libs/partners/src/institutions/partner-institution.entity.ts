import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PartnerType, PREFECTURE_CODES, sqlInList } from '../partner-enums';

/** 関係機関・団体: a bank, business association, union or government body that refers client companies. */
@Entity({ name: 'partner_institutions' })
@Unique('uq_partner_institutions_name_search_key', ['nameSearchKey'])
@Check('ck_partner_institutions_type', `"type" IN (${sqlInList(PartnerType)})`)
@Check(
  'ck_partner_institutions_prefectures',
  `"covered_prefecture_codes" <@ ARRAY[${PREFECTURE_CODES.map((c) => `'${c}'`).join(', ')}]::text[]`,
)
@Index('ix_partner_institutions_type', ['type'])
export class PartnerInstitutionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_institutions' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  type: PartnerType;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** companyNameSearchKey(name): search, and one institution per name however it is typed. */
  @Column({ type: 'varchar', length: 200 })
  nameSearchKey: string;

  /** The partner's head office reviews its branches' referrals; without it they are forwarded automatically. */
  @Column({ type: 'boolean', default: true })
  hasHqStep: boolean;

  /** JIS codes of the prefectures covered, sorted; empty = not limited (nationwide). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  coveredPrefectureCodes: string[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
