-- Until when each user has seen the changes to their referrals (libs/referrals/src/overview): the partner portal's
-- home lists the status changes after it ("what changed since your last visit") and moves it on. One timestamp per
-- user and nothing of any referral, read and written by the user's own id only, so it needs no row-level security.
CREATE TABLE "referral_seen_markers" (
  "user_id"  uuid                     NOT NULL,
  "seen_at"  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT "pk_referral_seen_markers" PRIMARY KEY ("user_id"),
  CONSTRAINT "fk_referral_seen_markers_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
