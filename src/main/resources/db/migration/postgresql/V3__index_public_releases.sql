-- The public list only ever reads visible releases, newest first: a partial index keeps it small.
create index ix_press_release_public on press_release (published_at desc, id desc)
    where status in ('SCHEDULED', 'PUBLISHED');
