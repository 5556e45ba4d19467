-- What a user sees of each of their sessions (GET /v1/me/sessions): the client's
-- User-Agent and address at login. Older sessions have neither.
ALTER TABLE sessions ADD COLUMN user_agent TEXT, ADD COLUMN client_addr TEXT;
