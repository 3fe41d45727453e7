-- Several languages (issue 12): the language a journalist wrote in (their acknowledgement and replies
-- go out in it), and the languages a subscriber wants releases in (comma-separated tags; the
-- language they signed up in until they choose)
alter table inquiry add column language varchar(20) default 'en' not null;
alter table subscriber add column languages varchar(100) default 'en' not null;
alter table subscriber add column pending_languages varchar(100);
