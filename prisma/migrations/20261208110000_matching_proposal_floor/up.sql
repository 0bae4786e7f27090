-- A floor of quality for batch proposals (libs/matching/src/settings/proposal-floor.ts): a pair scoring below the
-- minimum, or missing a required licence or skill while that is excluded, is never proposed by an assignment run.
-- The defaults are those of a row never edited (DEFAULT_PROPOSAL_FLOOR), so an edited row gets them too.
ALTER TABLE "matching_settings"
  ADD COLUMN "minimum_proposal_score"                   double precision NOT NULL DEFAULT 0.65,
  ADD COLUMN "exclude_missing_required_from_proposals"  boolean          NOT NULL DEFAULT true,
  ADD CONSTRAINT "ck_matching_settings_minimum_proposal_score"
    CHECK ("minimum_proposal_score" >= 0 AND "minimum_proposal_score" <= 1);
