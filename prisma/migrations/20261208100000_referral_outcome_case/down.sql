DROP INDEX "ix_referrals_outcome_case";
ALTER TABLE "referrals"
  DROP CONSTRAINT "ck_referrals_outcome_case",
  DROP COLUMN "outcome_no_case_reason",
  DROP COLUMN "outcome_case_id";
