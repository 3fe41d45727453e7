-- Issue 15. A release can have an end time: after it the release has ENDED, its page answers 410
-- and it leaves every public list; staff can extend it. A release can name its own media contact
-- (a partner's, when the news is announced together); when it names none, the site's is shown.
alter table press_release drop constraint ck_press_release_status;
alter table press_release add constraint ck_press_release_status
    check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ENDED', 'TRASHED'));
alter table press_release add column ends_at timestamp with time zone;
alter table press_release add column contact_name varchar(100);
alter table press_release add column contact_email varchar(254);
alter table press_release add column contact_phone varchar(40);
