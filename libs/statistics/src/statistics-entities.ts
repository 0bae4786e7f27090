import {
  StatisticsPublishedCrossIndustryEntity,
  StatisticsPublishedIndustryEntity,
  StatisticsPublishedMonthEntity,
  StatisticsPublishedYearEntity,
} from './entities/published-figures.entities';
import {
  StatisticsChangeEntity,
  StatisticsEstablishmentRollupEntity,
  StatisticsMonthClosingEntity,
  StatisticsMonthRollupEntity,
  StatisticsOfferRollupEntity,
} from './entities/rollup.entities';

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
