-- The language a member of staff works in (a language tag of the newsroom's), or null: their browser's
alter table staff_account add column language varchar(16);
