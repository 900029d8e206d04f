-- The column mapping each person last used for each kind of spreadsheet import (one "key=heading" a line).

create table import_mapping (
    id       bigint        not null auto_increment primary key,
    kind     varchar(40)   not null,
    username varchar(60)   not null,
    mapping  varchar(4000) not null,
    version  bigint        not null,
    constraint uk_import_mapping_kind_username unique (kind, username)
);
