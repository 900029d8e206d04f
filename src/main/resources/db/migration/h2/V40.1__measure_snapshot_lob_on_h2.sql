-- H2 in MariaDB mode reads LONGTEXT as VARCHAR; the public snapshot's content is a CLOB here, as Hibernate maps it.
alter table measure_public_snapshot alter column content clob not null;
