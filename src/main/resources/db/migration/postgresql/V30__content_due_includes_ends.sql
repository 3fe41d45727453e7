-- The content version's next_due is now the earliest moment a public page changes by the clock
-- alone: a scheduled release appearing, or a public release's end time passing.
create index ix_press_release_ending on press_release (ends_at)
    where ends_at is not null and status in ('SCHEDULED', 'PUBLISHED');

create or replace function bump_content_version() returns trigger language plpgsql as $$
begin
    update content_version
       set version = version + 1,
           changed_at = clock_timestamp(),
           next_due = (select min(t) from (
                   select min(published_at) as t from press_release where status = 'SCHEDULED'
                   union all
                   select min(ends_at) from press_release where ends_at is not null and status in ('SCHEDULED', 'PUBLISHED')) due)
     where id = 1;
    return null;
end
$$;
