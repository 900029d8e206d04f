-- The readiness list: what inspectors ask a partnership for at the start of an area SEND inspection, kept by
-- admins, each item pointing at the evidence in the library that answers it.
create table sef_readiness_item (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    position     integer       not null,
    title        varchar(300)  not null,
    description  varchar(2000) not null
);

create table sef_readiness_evidence (
    item_id      bigint not null,
    evidence_id  bigint not null,
    primary key (item_id, evidence_id),
    constraint fk_sef_readiness_item foreign key (item_id) references sef_readiness_item (id),
    constraint fk_sef_readiness_evidence foreign key (evidence_id) references sef_evidence (id)
);
