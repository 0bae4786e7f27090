DROP TRIGGER "trg_user_sessions_auth_change" ON "user_sessions";
DROP TRIGGER "trg_users_auth_change" ON "users";
DROP FUNCTION "notify_auth_change"();
