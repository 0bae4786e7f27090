ALTER TABLE "matching_settings"
  DROP CONSTRAINT "ck_matching_settings_minimum_proposal_score",
  DROP COLUMN "exclude_missing_required_from_proposals",
  DROP COLUMN "minimum_proposal_score";
