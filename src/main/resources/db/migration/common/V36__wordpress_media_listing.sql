-- Issue 23: the media ZIP's listing is read once, when it is uploaded (and a ZIP bomb refused
-- then), instead of inflating the whole archive on every view of the preview. One name a line.
alter table wordpress_import add column media_entries text;
