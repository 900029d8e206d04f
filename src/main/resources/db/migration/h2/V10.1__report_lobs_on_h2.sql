-- H2 in MariaDB mode reads LONGTEXT and LONGBLOB as VARCHAR and VARBINARY; the report's large columns are
-- CLOB and BLOB here, as Hibernate maps them (on MariaDB they stay LONGTEXT and LONGBLOB).
alter table issued_report alter column page_html clob not null;
alter table issued_report alter column email_html clob not null;
alter table issued_report alter column email_text clob not null;
alter table issued_report alter column pdf blob not null;
alter table issued_report alter column source_data clob not null;
alter table issued_report alter column figures clob not null;
alter table issued_report_chart alter column png blob not null;
