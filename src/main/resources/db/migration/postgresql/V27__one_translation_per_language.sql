-- One translation per language in a story (H2 has no expression indexes: the editor checks it there)
create unique index uk_press_release_story_language on press_release ((coalesce(story_id, id)), language);
