import { UserEntity } from '@kakehashi/identity';
import { Column, CreateDateColumn, ForeignKey, UpdateDateColumn, VersionColumn } from 'typeorm';

// The writer columns the Job Card's tables share (prisma/migrations/20261210090000_jobcard), declared once. TypeORM
// takes the columns of an abstract parent into each entity's own table.

/** Written once: who made the row and when (a subsidy estimate as it was shown). */
export abstract class WrittenJobcardRecord {
  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Changed under optimistic locking (`version`): a RETRY note. */
export abstract class VersionedJobcardRecord extends WrittenJobcardRecord {
  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Edited by several people: who saved it last, too (sheets and plans). */
export abstract class EditedJobcardRecord extends VersionedJobcardRecord {
  @Column({ type: 'uuid' })
  updatedByUserId: string;
}

type Referenced = () => new () => unknown;

/**
 * The table's foreign keys, ON DELETE RESTRICT and named `fk_<table>_<name>` as the migration names them: `keys` maps
 * each name to the column and the entity it references (by id). The writers' keys are added from `writers`.
 */
export function jobcardForeignKeys(
  table: string,
  keys: Record<string, readonly [column: string, referenced: Referenced]>,
  writers: readonly ('createdByUserId' | 'updatedByUserId')[] = [],
): ClassDecorator {
  const all: [string, string, Referenced][] = Object.entries(keys).map(([name, [column, target]]) => [
    name,
    column,
    target,
  ]);
  for (const writer of writers) {
    all.push([writer === 'createdByUserId' ? 'created_by' : 'updated_by', writer, () => UserEntity]);
  }
  const decorators = all.map(([name, column, target]) =>
    ForeignKey(target, [column] as const, ['id'] as const, {
      name: `fk_${table}_${name}`,
      onDelete: 'RESTRICT',
    }),
  );
  return (entity) => decorators.forEach((decorate) => decorate(entity));
}
