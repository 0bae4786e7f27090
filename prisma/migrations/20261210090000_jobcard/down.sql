DROP TABLE "jobcard_access_log";
DROP TABLE "jobcard_retry_notes";
DROP TABLE "jobcard_subsidy_estimates";
DROP TABLE "jobcard_evaluation_sheets";
DROP TABLE "jobcard_training_plans";
