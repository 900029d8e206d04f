-- A remembered import mapping now also keeps the guesses the admin refused and what the sheet's own values mean
-- in Tandem ("G" is "On track"). H2 reads LONGTEXT as VARCHAR, so this is CLOB here (see V10.1).
alter table import_mapping alter column mapping clob not null;
