import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PARTNER_TYPE_LABELS, PartnerType } from '../../partner-enums';
import { countAgreementsInForceByType } from '../partner-agreement.queries';
import { asOfDate } from './as-of';

export interface PartnerAgreementCounts {
  asOf: string;
  byType: { type: PartnerType; typeLabel: string; count: number }[];
  total: number;
}

/**
 * 連携協定の締結状況: agreements in force on a date, by partner type (signed on or before it, not ended by then: an
 * agreement ending on the date no longer counts). Every type is listed, in the published order, zeros included.
 */
@Injectable()
export class PartnerAgreementCountsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countsOn(asOfInput: string): Promise<PartnerAgreementCounts> {
    const asOf = asOfDate(asOfInput);
    const rows = await countAgreementsInForceByType(this.dataSource, asOf);
    const counted = new Map(rows.map((row) => [row.type, row.n]));
    const byType = Object.values(PartnerType).map((type) => ({
      type,
      typeLabel: PARTNER_TYPE_LABELS[type],
      count: counted.get(type) ?? 0,
    }));
    return { asOf, byType, total: byType.reduce((sum, t) => sum + t.count, 0) };
  }
}
