-- A measure the partnership stops watching is retired, not deleted: it keeps its values and history and can be
-- restored. The audit trail (Hibernate Envers) records who changed a measure's definition, targets and values.

alter table measure add column retired_on date null;
-- The interim targets in words, for the audit trail (Envers cannot key a bag of embeddables); measures saved
-- before this read as having none until they are next saved.
alter table measure add column interim_targets_text varchar(600) not null default '';

create table measure_aud (
    id                bigint not null,
    rev               bigint not null,
    revtype           smallint,
    name              varchar(200),
    definition        varchar(2000),
    unit              varchar(20),
    polarity          varchar(20),
    data_source       varchar(300),
    owner_id          bigint,
    frequency         varchar(20),
    baseline_value    double precision,
    baseline_year     int,
    baseline_index    int,
    target_value      double precision,
    target_date       date,
    tolerance_percent int,
    publishable       boolean,
    family_experience boolean,
    indicator         varchar(100),
    library_code      varchar(40),
    demo              boolean,
    created_at        datetime(6),
    retired_on        date,
    interim_targets_text varchar(600),
    primary key (id, rev),
    constraint fk_measure_aud_rev foreign key (rev) references audit_revision (id)
);

create table measure_priority_aud (
    rev         bigint not null,
    revtype     smallint,
    measure_id  bigint not null,
    priority_id bigint not null,
    primary key (rev, measure_id, priority_id),
    constraint fk_measure_priority_aud_rev foreign key (rev) references audit_revision (id)
);

create table measure_value_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    measure_id    bigint,
    period_year   int,
    period_index  int,
    amount        double precision,
    numerator     bigint,
    denominator   bigint,
    validated     boolean,
    note          varchar(1000),
    entered_by    varchar(100),
    entered_at    datetime(6),
    primary key (id, rev),
    constraint fk_measure_value_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_measure_value_aud_measure on measure_value_aud (measure_id);
