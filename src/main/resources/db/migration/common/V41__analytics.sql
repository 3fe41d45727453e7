-- What each page did, by day: views, downloads, searches, bots, and their breakdowns (dimension,
-- item). No address, no user agent, no cookie: only counts.
create table analytics_count (
    on_day       date         not null,
    kind      varchar(16)  not null,
    language  varchar(16)  not null,
    slug      varchar(200) not null,
    dimension varchar(16)  not null,
    item      varchar(200) not null,
    hits      bigint       not null,
    primary key (on_day, kind, language, slug, dimension, item)
);
create index analytics_count_by_release on analytics_count (slug, language, on_day);

-- A day's visitors as salted hashes, to count each once; deleted with their day's salt once the
-- day is over and its count kept in analytics_count.
create table analytics_visitor (
    on_day      date         not null,
    language varchar(16)  not null,
    slug     varchar(200) not null,
    visitor  bigint       not null,
    primary key (on_day, language, slug, visitor)
);

-- The salt of each day, shared by the instances so that they hash a visitor alike; thrown away with its day.
create table analytics_salt (
    on_day  date        primary key,
    salt varchar(64) not null
);
