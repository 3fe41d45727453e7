-- Translations (issue 12): the releases of one story are its translations, one per language. A
-- release's story is the id of the release it started from (story_id), or its own id (null).
-- A translation remembers which release it was made from, and that release's revision it matches:
-- a later revision of that release makes it out of date.
alter table press_release add column story_id bigint;
alter table press_release add column translated_from_id bigint;
alter table press_release add column translated_from_revision bigint;
create index ix_press_release_story on press_release (story_id);
