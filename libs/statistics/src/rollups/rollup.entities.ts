import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Offers received in a month by an office, on one side, for one move scope (SECONDMENT or TRANSFER only, or EITHER:
 * open to both). Derived from sending_offers / receiving_offers by the drain and rebuild jobs; never written by a
 * request.
 */
@Entity({ name: 'statistics_offer_rollups' })
@Check('ck_statistics_offer_rollups_side', `"side" IN ('SENDING', 'RECEIVING')`)
@Check('ck_statistics_offer_rollups_move_scope', `"move_scope" IN ('SECONDMENT', 'TRANSFER', 'EITHER')`)
export class StatisticsOfferRollupEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_offer_rollups' })
  yearMonth: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_statistics_offer_rollups' })
  officeId: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_statistics_offer_rollups' })
  side: 'SENDING' | 'RECEIVING';

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_statistics_offer_rollups' })
  moveScope: 'SECONDMENT' | 'TRANSFER' | 'EITHER';

  @Column({ type: 'integer' })
  offers: number;

  @Column({ type: 'integer' })
  people: number;
}

/**
 * People established in a month (corrections in the month they happened), under the sending side's office, by move
 * type and the sending × receiving JSIC major groups as recorded on the establishment. Derived data.
 */
@Entity({ name: 'statistics_establishment_rollups' })
@Check('ck_statistics_establishment_rollups_move_type', `"move_type" IN ('SECONDMENT', 'TRANSFER')`)
@Check('ck_statistics_establishment_rollups_people', `"people" = "established_people" + "corrected_people"`)
export class StatisticsEstablishmentRollupEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_establishment_rollups' })
  yearMonth: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_statistics_establishment_rollups' })
  officeId: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 16,
    primaryKeyConstraintName: 'pk_statistics_establishment_rollups',
  })
  moveType: 'SECONDMENT' | 'TRANSFER';

  @PrimaryColumn({ type: 'char', length: 1, primaryKeyConstraintName: 'pk_statistics_establishment_rollups' })
  sendingJsicCode: string;

  @PrimaryColumn({ type: 'char', length: 1, primaryKeyConstraintName: 'pk_statistics_establishment_rollups' })
  receivingJsicCode: string;

  /** Net: established plus the signed corrections. */
  @Column({ type: 'integer' })
  people: number;

  @Column({ type: 'integer' })
  establishedPeople: number;

  @Column({ type: 'integer' })
  correctedPeople: number;
}

/**
 * The month figures of one office, as monthlyStatistics and annualStatistics read them: people in offers received by
 * side and move scope (EITHER: open to both moves) and people established by move type, net of corrections. Derived
 * from the two rollups above in the transaction that rewrites them, so a year sums a few rows per office.
 */
@Entity({ name: 'statistics_month_rollups' })
export class StatisticsMonthRollupEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_month_rollups' })
  yearMonth: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_statistics_month_rollups' })
  officeId: string;

  @Column({ type: 'integer' })
  receivingSecondment: number;

  @Column({ type: 'integer' })
  receivingTransfer: number;

  @Column({ type: 'integer' })
  receivingEither: number;

  @Column({ type: 'integer' })
  sendingSecondment: number;

  @Column({ type: 'integer' })
  sendingTransfer: number;

  @Column({ type: 'integer' })
  sendingEither: number;

  @Column({ type: 'integer' })
  establishedSecondment: number;

  @Column({ type: 'integer' })
  establishedTransfer: number;
}

/** One month a statement on offers or establishments touched, appended by the triggers; taken by the drain job. */
@Entity({ name: 'statistics_changes' })
@Check('ck_statistics_changes_kind', `"kind" IN ('OFFERS', 'ESTABLISHMENTS')`)
export class StatisticsChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_statistics_changes' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'OFFERS' | 'ESTABLISHMENTS';

  @Column({ type: 'date' })
  yearMonth: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
