-- Issue 15, media kits. Journalists get each image as it was uploaded (original_type says its
-- format; null for images uploaded before originals were kept: their largest copy stands in),
-- with a caption, a credit and a text alternative that staff write in the media library.
alter table media add column original_type varchar(40);
alter table media add column original_size bigint;
alter table media add column caption varchar(500);
alter table media add column credit varchar(200);
alter table media add column alt_text varchar(300);
