-- Several languages (issue 12). The public list reads one language at a time, newest first.
create index ix_press_release_public_language on press_release (language, published_at desc, id desc)
    where status in ('SCHEDULED', 'PUBLISHED');

-- Korean is not split into words by PostgreSQL's text search, and a Korean word carries its
-- particles (해부학을, 해부학적): releases in such languages are searched by trigrams, so that any
-- part of a word finds it. pg_trgm ships with PostgreSQL and is a trusted extension.
create extension if not exists pg_trgm;
create index ix_press_release_trigram on press_release
    using gin ((lower(title || ' ' || summary || ' ' || coalesce(body_text, ''))) gin_trgm_ops);
