-- Browsers' cookie sessions (libs/identity/src/sessions). The cookie holds "<id>.<secret>"; only the SHA-256 of the
-- 32-byte random secret is stored, so a copy of this table signs no one in. A session counts while it is not revoked,
-- before both of its expiries, and while its user is active with the token_version it was opened under: deactivation,
-- a role or office change and a password change end it exactly as they end bearer tokens.
CREATE TABLE "user_sessions" (
  "id"                  uuid                     NOT NULL DEFAULT gen_random_uuid(),
  "user_id"             uuid                     NOT NULL,
  "secret_hash"         bytea                    NOT NULL,
  "token_version"       integer                  NOT NULL,
  "created_at"          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  -- Written at most once a minute (sliding expiry), not on every request.
  "last_seen_at"        TIMESTAMP WITH TIME ZONE NOT NULL,
  "idle_expires_at"     TIMESTAMP WITH TIME ZONE NOT NULL,
  "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
  "revoked_at"          TIMESTAMP WITH TIME ZONE,
  CONSTRAINT "pk_user_sessions" PRIMARY KEY ("id"),
  CONSTRAINT "ck_user_sessions_idle_within_absolute" CHECK ("idle_expires_at" <= "absolute_expires_at"),
  CONSTRAINT "fk_user_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_user_sessions_user" ON "user_sessions" ("user_id");
