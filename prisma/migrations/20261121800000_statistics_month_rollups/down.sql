DROP TABLE "statistics_month_rollups";
