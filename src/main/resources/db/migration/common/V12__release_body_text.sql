-- The text a reader sees of each body (its sanitized HTML without tags), written by the app with
-- the body. Search indexes and quotes this, never the Markdown source with its comments and scripts.
alter table press_release add column body_text varchar(100000);
