-- Search the text readers see (body_text), not the Markdown source: a word in an HTML comment or a
-- removed <script> no longer finds a release or shows in its snippet.
drop index ix_press_release_search;
alter table press_release drop column search_vector;
alter table press_release add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(body_text, '')), 'C')) stored;
create index ix_press_release_search on press_release using gin (search_vector);
