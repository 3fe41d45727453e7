-- The "About the company" text in the newsroom's other languages (issue 12); the default
-- language's stays in site_settings.boilerplate
create table site_boilerplate (
    settings_id integer       not null,
    language    varchar(20)   not null,
    text        varchar(2000) not null,
    constraint pk_site_boilerplate primary key (settings_id, language),
    constraint fk_site_boilerplate_settings foreign key (settings_id) references site_settings (id) on delete cascade
);
