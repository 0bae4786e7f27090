import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { PrefectureEntity } from '../reference-data/prefecture.entity';

export enum OfficeKind {
  HEADQUARTERS = 'HEADQUARTERS',
  REGIONAL = 'REGIONAL',
}

export const OFFICE_KIND_LABELS: Record<OfficeKind, string> = {
  HEADQUARTERS: '本部',
  REGIONAL: '地方事務所',
};

/** The Center's headquarters (code HQ) and its 47 regional offices (code = JIS prefecture code). */
@Entity({ name: 'offices' })
@Unique('uq_offices_code', ['code'])
@Unique('uq_offices_prefecture_code', ['prefectureCode'])
@Check('ck_offices_kind', `"kind" IN ('HEADQUARTERS', 'REGIONAL')`)
@Check('ck_offices_regional_has_prefecture', `("kind" = 'HEADQUARTERS') = ("prefecture_code" IS NULL)`)
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_offices' })
  id: string;

  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OfficeKind;

  @Column({ type: 'varchar', length: 50 })
  nameJa: string;

  @Column({ type: 'varchar', length: 80 })
  nameEn: string;

  @Column({ type: 'char', length: 2, nullable: true })
  prefectureCode: string | null;

  @ManyToOne(() => PrefectureEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code', foreignKeyConstraintName: 'fk_offices_prefecture' })
  prefecture?: PrefectureEntity | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  regionJa: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
