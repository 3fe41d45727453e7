-- H2 has no partial indexes; the PostgreSQL migration of the same version narrows this one.
create index ix_press_release_public on press_release (published_at desc, id desc);
