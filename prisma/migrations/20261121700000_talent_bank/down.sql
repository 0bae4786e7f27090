DROP TABLE "talent_bank_access_log";
DROP TABLE "talent_bank_reemployments";
DROP TABLE "senior_openings";
DROP TABLE "talent_bank_registrants";
DROP TABLE "talent_bank_support_requests";
DROP TABLE "talent_bank_consent_purposes";
