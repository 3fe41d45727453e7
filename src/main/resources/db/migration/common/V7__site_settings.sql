-- The settings ADMINs edit; one row at most. Without it the newsroom.* properties apply.
create table site_settings (
    id                  integer       not null primary key,
    company_name        varchar(100)  not null,
    logo_media_id       bigint,
    boilerplate         varchar(2000) not null,
    media_contact_name  varchar(100)  not null,
    media_contact_email varchar(254)  not null,
    media_contact_phone varchar(40),
    pr_team_emails      varchar(2000) not null,
    time_zone           varchar(60)   not null,
    updated_at          timestamp with time zone not null,
    version             bigint        not null default 0,
    constraint ck_site_settings_single_row check (id = 1),
    constraint fk_site_settings_logo foreign key (logo_media_id) references media (id)
);
