-- See the PostgreSQL migration of the same version; H2 runs its triggers as a Java class.
create table content_version (
    id         integer primary key check (id = 1),
    version    bigint                   not null,
    changed_at timestamp with time zone not null,
    next_due   timestamp with time zone
);
insert into content_version (id, version, changed_at, next_due)
select 1, 1, current_timestamp, (select min(published_at) from press_release where status = 'SCHEDULED');

create index ix_press_release_scheduled on press_release (status, published_at);

create trigger press_release_content after insert, update, delete on press_release
    for each statement call 'db.migration.h2.ContentVersionTrigger';
create trigger category_content after insert, update, delete on category
    for each statement call 'db.migration.h2.ContentVersionTrigger';
create trigger site_settings_content after insert, update, delete on site_settings
    for each statement call 'db.migration.h2.ContentVersionTrigger';
create trigger media_content after insert, update, delete on media
    for each statement call 'db.migration.h2.ContentVersionTrigger';
