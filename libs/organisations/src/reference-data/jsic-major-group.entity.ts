import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 日本標準産業分類 大分類 (A..T), loaded from prisma/seed/jsic-major-groups.csv. */
@Entity({ name: 'jsic_major_groups' })
export class JsicMajorGroupEntity {
  @PrimaryColumn({ type: 'char', length: 1, primaryKeyConstraintName: 'pk_jsic_major_groups' })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  nameJa: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn: string;
}
