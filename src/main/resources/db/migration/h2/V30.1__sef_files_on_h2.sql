-- H2 in MariaDB mode reads LONGBLOB as VARBINARY; a file's pieces are a BLOB here (LONGBLOB on MariaDB).
alter table sef_evidence_file_piece alter column content blob not null;
