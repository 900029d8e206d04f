-- The outbox keeps each e-mail whole, as sent: its text, its HTML part and its attachments' names and sizes
-- (one "size<TAB>name" line each). H2 reads LONGTEXT as VARCHAR, so these are CLOB here, as Hibernate maps them
-- (see V10.1); on MariaDB they are LONGTEXT.
alter table outgoing_mail alter column body clob not null;
alter table outgoing_mail add column html clob;
alter table outgoing_mail add column attachments clob;
