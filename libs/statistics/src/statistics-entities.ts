import {
  StatisticsPublishedCrossIndustryEntity,
  StatisticsPublishedIndustryEntity,
  StatisticsPublishedMonthEntity,
  StatisticsPublishedYearEntity,
} from './figures/published-figures.entities';
import {
  StatisticsChangeEntity,
  StatisticsEstablishmentRollupEntity,
  StatisticsMonthRollupEntity,
  StatisticsOfferRollupEntity,
} from './rollups/rollup.entities';
import { StatisticsMonthClosingEntity } from './closings/statistics-month-closing.entity';

/** Every table the statistics own (the schema-drift test checks them against the migration). */
export const STATISTICS_ENTITIES = [
  StatisticsPublishedYearEntity,
  StatisticsPublishedMonthEntity,
  StatisticsPublishedIndustryEntity,
  StatisticsPublishedCrossIndustryEntity,
  StatisticsOfferRollupEntity,
  StatisticsEstablishmentRollupEntity,
  StatisticsMonthRollupEntity,
  StatisticsChangeEntity,
  StatisticsMonthClosingEntity,
];
