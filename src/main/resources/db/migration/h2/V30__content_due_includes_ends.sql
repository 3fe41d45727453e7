-- See the PostgreSQL migration of the same version; the trigger class itself changed.
create index ix_press_release_ending on press_release (ends_at);
