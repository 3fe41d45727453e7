-- A change of categories waits for confirmation from the address's owner; until then the
-- subscription goes on as it was.
alter table subscriber add column pending_categories varchar(1000);
-- At most one confirmation mail per address per day.
alter table subscriber add column confirm_sent_at timestamp with time zone;

-- Form tokens of public forms without a row of their own (alerts), spent once.
create table spent_form_token (
    token    varchar(200) primary key,
    spent_at timestamp with time zone not null
);
create index ix_spent_form_token_spent_at on spent_form_token (spent_at);
