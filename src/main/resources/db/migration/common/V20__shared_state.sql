-- State that several instances share (issue 13): staff sessions, rate-limit buckets and the
-- application's own secrets, all in the one database every instance uses.

-- Spring Session JDBC's tables, as its schema-postgresql.sql has them (Flyway owns them here:
-- spring.session.jdbc.initialize-schema=never)
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Bucket4j's token buckets (rate limits, the sign-in throttle); expires_at in epoch milliseconds
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);

-- Secrets the application makes itself when none is configured, the same for every instance
create table app_secret (
    name       varchar(50) primary key,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null
);
