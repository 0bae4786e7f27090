DROP TABLE "referral_seen_markers";
