-- In-app notifications (お知らせ) for every signed-in user: consultants' due follow-ups and contract ends now,
-- partners' referral updates later. Reviewed SQL; libs/platform's schema-drift test proves the entity agrees.

CREATE TABLE "notifications" (
  "id"           uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "user_id"      uuid                     NOT NULL,
  -- Free text, not an enum: each module adds its own kinds (CASE_FOLLOW_UP_DUE, …) without a migration here.
  "kind"         character varying(64)    NOT NULL,
  "title"        character varying(200)   NOT NULL,
  "body"         text                     NOT NULL,
  "subject_type" character varying(32),
  "subject_id"   uuid,
  -- A delivery's identity per user: a retried job delivering the same notification again inserts nothing.
  "dedupe_key"   character varying(200)   NOT NULL,
  "created_at"   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "read_at"      TIMESTAMP WITH TIME ZONE,
  CONSTRAINT "pk_notifications" PRIMARY KEY ("id"),
  CONSTRAINT "uq_notifications_user_dedupe" UNIQUE ("user_id", "dedupe_key"),
  CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);
-- The listing's keyset (newest first, id breaking ties) read straight off the index.
CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at" DESC, "id" DESC);
-- Unread count and the unread-only listing touch unread rows only, however many have been read.
CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id", "created_at" DESC, "id" DESC)
  WHERE "read_at" IS NULL;
