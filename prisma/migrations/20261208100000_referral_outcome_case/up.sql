-- A referral reported 成立 (ESTABLISHED) names the case that established it (a case opened from the referral's own
-- sending or receiving offer), or says why it has none. Referrals reported before this rule keep their outcome with a
-- reason saying so, so that the rule holds for every row. No foreign key to cases (see ReferralEntity.outcomeCaseId).
ALTER TABLE "referrals"
  ADD COLUMN "outcome_case_id"        uuid,
  ADD COLUMN "outcome_no_case_reason" text;

UPDATE "referrals" SET "outcome_no_case_reason" = '案件の紐付けを求める前に報告された結果です。'
 WHERE "outcome" = 'ESTABLISHED';

ALTER TABLE "referrals"
  ADD CONSTRAINT "ck_referrals_outcome_case" CHECK (
    ("outcome_case_id" IS NULL OR "outcome_no_case_reason" IS NULL)
    AND (("outcome" = 'ESTABLISHED') = ("outcome_case_id" IS NOT NULL OR "outcome_no_case_reason" IS NOT NULL))
  );

CREATE INDEX "ix_referrals_outcome_case" ON "referrals" ("outcome_case_id");
