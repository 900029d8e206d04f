-- Measures of success: each measure with its baseline, target and interim targets, the priorities it serves,
-- its values period by period, benchmarks (England, region, statistical neighbours), the open-data settings,
-- and the public progress page as it stood when each board report was issued.

create table measure (
    id                bigint        not null auto_increment primary key,
    name              varchar(200)  not null,
    definition        varchar(2000) not null,
    unit              varchar(20)   not null,
    polarity          varchar(20)   not null,
    data_source       varchar(300)  not null,
    owner_id          bigint        not null,
    frequency         varchar(20)   not null,
    baseline_value    double precision,
    baseline_year     int,
    baseline_index    int,
    target_value      double precision,
    target_date       date,
    tolerance_percent int           not null,
    publishable       boolean       not null,
    family_experience boolean       not null,
    indicator         varchar(100),
    library_code      varchar(40),
    demo              boolean       not null,
    created_at        datetime(6)   not null,
    version           bigint        not null,
    constraint uk_measure_name unique (name)
);

create table measure_priority (
    measure_id  bigint not null,
    priority_id bigint not null,
    primary key (measure_id, priority_id),
    constraint fk_measure_priority_measure foreign key (measure_id) references measure (id)
);

create table measure_interim_target (
    measure_id   bigint           not null,
    on_date      date             not null,
    target_value double precision not null,
    primary key (measure_id, on_date),
    constraint fk_measure_interim_measure foreign key (measure_id) references measure (id)
);

create table measure_value (
    id            bigint           not null auto_increment primary key,
    measure_id    bigint           not null,
    period_year   int              not null,
    period_index  int              not null,
    amount        double precision not null,
    numerator     bigint,
    denominator   bigint,
    validated     boolean          not null,
    note          varchar(1000)    not null,
    entered_by    varchar(100)     not null,
    entered_at    datetime(6)      not null,
    version       bigint           not null,
    constraint uk_measure_value_period unique (measure_id, period_year, period_index),
    constraint fk_measure_value_measure foreign key (measure_id) references measure (id)
);

create table measure_benchmark (
    id            bigint           not null auto_increment primary key,
    measure_id    bigint           not null,
    period_year   int              not null,
    england       double precision,
    region        double precision,
    neighbours    double precision,
    own_value     double precision,
    source        varchar(300)     not null,
    release_date  date,
    version       bigint           not null,
    constraint uk_measure_benchmark_period unique (measure_id, period_year),
    constraint fk_measure_benchmark_measure foreign key (measure_id) references measure (id)
);

-- One row: the local authority the open data is read for, and the small-numbers threshold.
create table measure_settings (
    id                  bigint       not null primary key,
    la_code             varchar(20)  not null,
    region_name         varchar(100) not null,
    neighbour_codes     varchar(500) not null,
    small_number_base   int          not null,
    version             bigint       not null
);

insert into measure_settings (id, la_code, region_name, neighbour_codes, small_number_base, version)
values (1, '', '', '', 10, 0);

create table measure_public_snapshot (
    id            bigint    not null auto_increment primary key,
    report_id     bigint    not null,
    half_term_id  bigint    not null,
    taken_at      datetime(6) not null,
    content       longtext  not null,
    version       bigint    not null,
    constraint uk_measure_public_snapshot_report unique (report_id)
);
