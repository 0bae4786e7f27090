import { JsicMajorGroupEntity } from '@kakehashi/organisations';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The Center's published annual results (出向・移籍の実績の推移) for one fiscal year: reference data loaded from
 * prisma/seed/statistics/annual-results.csv. receivingInfo / sendingInfo count every move; sourceLabel is the
 * source's own (shifted) year label.
 */
@Entity({ name: 'statistics_published_years' })
@Check('ck_statistics_published_years_months', `"months_covered" BETWEEN 1 AND 12`)
@Check(
  'ck_statistics_published_years_total',
  `"total_established" = "secondment_established" + "transfer_established"`,
)
@Check(
  'ck_statistics_published_years_counts',
  `"secondment_established" >= 0 AND "transfer_established" >= 0 AND "receiving_info" >= 0 AND "sending_info" >= 0`,
)
export class StatisticsPublishedYearEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_statistics_published_years' })
  fiscalYear: number;

  @Column({ type: 'varchar', length: 16 })
  sourceLabel: string;

  /** 12, or fewer when the year was published before it ended (FY2022: April to January). */
  @Column({ type: 'smallint' })
  monthsCovered: number;

  @Column({ type: 'integer' })
  secondmentEstablished: number;

  @Column({ type: 'integer' })
  transferEstablished: number;

  @Column({ type: 'integer' })
  totalEstablished: number;

  @Column({ type: 'integer' })
  receivingInfo: number;

  @Column({ type: 'integer' })
  sendingInfo: number;

  @Column({ type: 'boolean' })
  preliminary: boolean;

  @Column({ type: 'text' })
  source: string;
}

/** The published monthly on-loan secondment series (在籍型出向の月別推移); yearMonth is the month's first day. */
@Entity({ name: 'statistics_published_months' })
@Check('ck_statistics_published_months_first_day', `EXTRACT(DAY FROM "year_month") = 1`)
@Check(
  'ck_statistics_published_months_counts',
  `"secondment_established" >= 0 AND ("secondment_receiving_info" IS NULL OR "secondment_receiving_info" >= 0) AND ("secondment_sending_info" IS NULL OR "secondment_sending_info" >= 0)`,
)
export class StatisticsPublishedMonthEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_published_months' })
  yearMonth: string;

  @Column({ type: 'integer' })
  secondmentEstablished: number;

  /** Published from April 2020 only. */
  @Column({ type: 'integer', nullable: true })
  secondmentReceivingInfo: number | null;

  @Column({ type: 'integer', nullable: true })
  secondmentSendingInfo: number | null;

  @Column({ type: 'boolean' })
  preliminary: boolean;

  @Column({ type: 'text' })
  source: string;
}

/** A published top industry of established secondments for a period (first and last month's first days). */
@Entity({ name: 'statistics_published_industries' })
@Check('ck_statistics_published_industries_side', `"side" IN ('SENDING', 'RECEIVING')`)
@Check('ck_statistics_published_industries_period', `"period_from" <= "period_to"`)
@Check('ck_statistics_published_industries_people', `"rank" >= 1 AND "people" >= 0`)
export class StatisticsPublishedIndustryEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_published_industries' })
  periodFrom: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_published_industries' })
  periodTo: string;

  @PrimaryColumn({
    type: 'varchar',
    length: 16,
    primaryKeyConstraintName: 'pk_statistics_published_industries',
  })
  side: 'SENDING' | 'RECEIVING';

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_statistics_published_industries' })
  rank: number;

  @Column({ type: 'char', length: 1 })
  jsicCode: string;

  @ManyToOne(() => JsicMajorGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jsic_code', foreignKeyConstraintName: 'fk_statistics_published_industries_jsic' })
  jsic?: JsicMajorGroupEntity;

  @Column({ type: 'integer' })
  people: number;

  @Column({ type: 'text' })
  source: string;
}

/** A published cross-industry share of established secondments (異なる業種間で成立した割合), percent. */
@Entity({ name: 'statistics_published_cross_industry' })
@Check('ck_statistics_published_cross_industry_period', `"period_from" <= "period_to"`)
@Check('ck_statistics_published_cross_industry_share', `"share_percent" BETWEEN 0 AND 100`)
export class StatisticsPublishedCrossIndustryEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_published_cross_industry' })
  periodFrom: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_statistics_published_cross_industry' })
  periodTo: string;

  /** numeric(4,1): pg returns it as a string, exactly as stored. */
  @Column({ type: 'numeric', precision: 4, scale: 1 })
  sharePercent: string;

  @Column({ type: 'text' })
  source: string;
}
