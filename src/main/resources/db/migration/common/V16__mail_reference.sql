-- The outbox knows no feature: a message carries the sender's own reference ("inquiry:42"), and the
-- feature that sent it finds its messages by it.
alter table mail_message add column reference varchar(100);
update mail_message set reference = 'inquiry:' || cast(inquiry_id as varchar(20)) where inquiry_id is not null;
alter table mail_message drop constraint fk_mail_message_inquiry;
drop index ix_mail_message_inquiry;
alter table mail_message drop column inquiry_id;
create index ix_mail_message_reference on mail_message (reference);
