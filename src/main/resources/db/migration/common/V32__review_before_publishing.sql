-- Issue 15, review before publishing. A PUBLISHER reviews and publishes, as an ADMIN does; with
-- review on, an EDITOR submits releases for review. A release's review state: null (none asked),
-- SUBMITTED (waiting for a reviewer) or RETURNED (sent back with a comment); who submitted it.
alter table staff_account drop constraint ck_staff_account_role;
alter table staff_account add constraint ck_staff_account_role check (role in ('ADMIN', 'PUBLISHER', 'EDITOR'));

alter table site_settings add column review_required boolean default false not null;
alter table site_settings add column review_four_eyes boolean default false not null;

alter table press_release add column review_state varchar(16);
alter table press_release add column submitted_by bigint;
alter table press_release add column submitted_by_name varchar(100);
alter table press_release add column review_comment varchar(2000);
alter table press_release add constraint ck_press_release_review_state
    check (review_state is null or review_state in ('SUBMITTED', 'RETURNED'));
