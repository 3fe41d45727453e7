-- One row that every change to what visitors can see moves forward, whoever made it (this instance,
-- another one, a script): the page cache and the HTTP validators compare against it. next_due is the
-- earliest scheduled release, so a page cached before that moment is known to be stale after it.
create table content_version (
    id         integer primary key check (id = 1),
    version    bigint                   not null,
    changed_at timestamp with time zone not null,
    next_due   timestamp with time zone
);
insert into content_version (id, version, changed_at, next_due)
select 1, 1, now(), (select min(published_at) from press_release where status = 'SCHEDULED');

create index ix_press_release_scheduled on press_release (published_at) where status = 'SCHEDULED';

create function bump_content_version() returns trigger language plpgsql as $$
begin
    update content_version
       set version = version + 1,
           changed_at = clock_timestamp(),
           next_due = (select min(published_at) from press_release where status = 'SCHEDULED')
     where id = 1;
    return null;
end
$$;

create trigger press_release_content after insert or update or delete or truncate on press_release
    for each statement execute function bump_content_version();
create trigger category_content after insert or update or delete or truncate on category
    for each statement execute function bump_content_version();
create trigger site_settings_content after insert or update or delete or truncate on site_settings
    for each statement execute function bump_content_version();
create trigger media_content after insert or update or delete or truncate on media
    for each statement execute function bump_content_version();
