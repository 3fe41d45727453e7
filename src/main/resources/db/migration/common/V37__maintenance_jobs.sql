-- Issue 23: work that runs once for the whole installation, however many instances start: the
-- instance that claims a job's row does it (a claim older than its lease may be taken over, so a
-- job an instance died in finishes elsewhere), and the row records that it is done.
create table maintenance_job (
    name        varchar(100) primary key,
    claimed_by  varchar(100),
    claimed_at  timestamp with time zone,
    finished_at timestamp with time zone,
    outcome     varchar(500)
);
-- Originals uploaded before location and personal metadata were taken out of them
insert into maintenance_job (name) values ('clean-original-metadata');
