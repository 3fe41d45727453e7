-- Issue 23: readiness asks whether the database takes writes, not only whether it answers. The
-- probe updates this row with the checks a real write meets (a check constraint with IN) and rolls
-- back, so nothing is ever written here.
create table write_probe (
    id    integer primary key check (id = 1),
    state varchar(8) not null check (state in ('READY', 'PROBING'))
);
insert into write_probe (id, state) values (1, 'READY');
