-- Several languages (issue 12): the public list reads one language at a time, newest first.
create index ix_press_release_public_language on press_release (language, published_at desc, id desc);
