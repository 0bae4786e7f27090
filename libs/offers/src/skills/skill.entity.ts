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

export enum SkillCategory {
  LICENCE = 'LICENCE',
  QUALIFICATION = 'QUALIFICATION',
  SKILL = 'SKILL',
}

export const SKILL_CATEGORY_LABELS: Record<SkillCategory, string> = {
  LICENCE: '免許',
  QUALIFICATION: '資格',
  SKILL: 'スキル',
};

/** The dictionary of skills, licences and qualifications (prisma/seed/skills.csv), edited by administrators. */
@Entity({ name: 'skills' })
@Unique('uq_skills_match_key', ['matchKey'])
@Check('ck_skills_category', `"category" IN ('LICENCE', 'QUALIFICATION', 'SKILL')`)
// GIN (declared in the migration); synchronize: false keeps TypeORM from recreating it as a b-tree.
@Index('ix_skills_alias_keys', { synchronize: false })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skills' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Katakana reading. */
  @Column({ type: 'varchar', length: 200 })
  reading: string;

  @Column({ type: 'varchar', length: 16 })
  category: SkillCategory;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms: string[];

  /** Names of entries this one implies (大型自動車第一種運転免許 ⇒ 普通自動車第一種運転免許). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  implies: string[];

  /** skillMatchKey(name): what offers store and match on. */
  @Column({ type: 'varchar', length: 100 })
  matchKey: string;

  /** skillMatchKey of the name, the reading and every synonym. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliasKeys: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
