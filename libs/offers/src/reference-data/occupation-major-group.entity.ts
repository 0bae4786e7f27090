import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 日本標準職業分類 大分類 (A..L), loaded from prisma/seed/occupation-major-groups.csv. */
@Entity({ name: 'occupation_major_groups' })
export class OccupationMajorGroupEntity {
  @PrimaryColumn({ type: 'char', length: 1, primaryKeyConstraintName: 'pk_occupation_major_groups' })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  nameJa: string;

  @Column({ type: 'varchar', length: 100 })
  nameEn: string;
}
