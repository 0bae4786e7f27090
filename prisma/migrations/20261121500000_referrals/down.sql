DROP TABLE "referral_duplicates";
DROP TABLE "referral_notes";
DROP TABLE "referral_events";
DROP TABLE "referrals";
DROP TABLE "referral_imports";
DROP FUNCTION "kakehashi_open_referral_duplicates"(text, text, text, uuid);
DROP FUNCTION "kakehashi_center_scope"();
DROP FUNCTION "kakehashi_partner_row_visible"(uuid, uuid);
