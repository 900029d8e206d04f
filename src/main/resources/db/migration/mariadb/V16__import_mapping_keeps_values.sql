-- A remembered import mapping now also keeps the guesses the admin refused and what the sheet's own values mean
-- in Tandem ("G" is "On track"), which do not fit in 4,000 characters.
alter table import_mapping modify column mapping longtext not null;
