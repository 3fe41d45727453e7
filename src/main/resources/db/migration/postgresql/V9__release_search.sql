-- Full-text search: title weighs most, then summary, then body. Kept up to date by PostgreSQL.
alter table press_release add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'C')) stored;

create index ix_press_release_search on press_release using gin (search_vector);
