-- The body rendered and sanitized when a release is saved, so that a page view does not render it
-- again. V19 fills it for the releases already there.
alter table press_release add column body_html varchar(400000);
