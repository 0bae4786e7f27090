import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Prefectures by JIS X 0401 code (01..47), loaded from prisma/seed/prefectures.csv. */
@Entity({ name: 'prefectures' })
export class PrefectureEntity {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_prefectures' })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  nameJa: string;

  @Column({ type: 'varchar', length: 20 })
  nameEn: string;

  @Column({ type: 'varchar', length: 10 })
  regionJa: string;
}
