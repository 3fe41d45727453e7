-- Issue 23: search folds diacritics, so that "osaka" finds "Ōsaka" and "cafe" finds "café", in the
-- English text search and in the trigram search of other languages. unaccent ships with PostgreSQL
-- and is a trusted extension, as pg_trgm is.
create extension if not exists unaccent;

-- English words stemmed after their accents are taken off
create text search configuration newsroom_english (copy = english);
alter text search configuration newsroom_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

alter table press_release drop column search_vector;
alter table press_release add column search_vector tsvector generated always as (
    setweight(to_tsvector('newsroom_english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('newsroom_english', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('newsroom_english', coalesce(body_text, '')), 'C')) stored;
create index ix_press_release_search on press_release using gin (search_vector);

-- unaccent() is only stable (its dictionary could change); an index needs an immutable function, so
-- this one names its dictionary and schema. Lower case without accents, as the H2 alias gives it.
create function newsroom_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;

drop index ix_press_release_trigram;
create index ix_press_release_trigram on press_release
    using gin (newsroom_fold(title || ' ' || summary || ' ' || coalesce(body_text, '')) gin_trgm_ops);
