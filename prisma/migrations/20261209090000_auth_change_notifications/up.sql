-- Every change to an account or a browser session is announced on the channel "kakehashi_auth_changes" (payload
-- "u:<user id>" or "s:<session id>"), whichever process made it (an API replica, the worker, the admin CLI, a manual
-- fix). The API caches what authentication reads (libs/identity/src/auth/cache) only while it listens, and drops what
-- a notification names, so a deactivation, a role or office change or a sign-out applies to the very next request.
CREATE FUNCTION "notify_auth_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kakehashi_auth_changes', TG_ARGV[0] || ':' || OLD."id"::text);
  RETURN NULL;
END
$$;

CREATE TRIGGER "trg_users_auth_change"
  AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "notify_auth_change"('u');

CREATE TRIGGER "trg_user_sessions_auth_change"
  AFTER UPDATE OR DELETE ON "user_sessions"
  FOR EACH ROW EXECUTE FUNCTION "notify_auth_change"('s');
