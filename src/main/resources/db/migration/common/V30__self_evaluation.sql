-- The self-evaluation (SEF): framework templates (areas and criteria in order), one edition a year on a template,
-- each criterion's evaluation in an edition, and the evidence library, whose files live in the database so that
-- every node sees them and one backup holds them.
create table sef_template (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    name         varchar(200)  not null,
    description  varchar(2000) not null,
    outcomes     varchar(2000) not null,
    shipped_key  varchar(40),
    constraint uq_sef_template_name unique (name),
    constraint uq_sef_template_shipped unique (shipped_key)
);

create table sef_area (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    template_id  bigint        not null,
    position     integer       not null,
    title        varchar(300)  not null,
    description  varchar(2000) not null,
    constraint fk_sef_area_template foreign key (template_id) references sef_template (id)
);

create table sef_criterion (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null,
    area_id      bigint        not null,
    position     integer       not null,
    title        varchar(300)  not null,
    description  varchar(2000) not null,
    constraint fk_sef_criterion_area foreign key (area_id) references sef_area (id)
);

create table sef_edition (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    template_id      bigint        not null,
    academic_year    varchar(7)    not null,
    scale            varchar(300)  not null,
    status           varchar(20)   not null,
    started_at       datetime(6)  not null,
    submitted_on     date,
    approved_on      date,
    approved_at      datetime(6),
    minute_reference varchar(100),
    approved_by      varchar(200),
    constraint uq_sef_edition_year unique (academic_year),
    constraint fk_sef_edition_template foreign key (template_id) references sef_template (id)
);

create table sef_evaluation (
    id                   bigint        not null auto_increment primary key,
    version              bigint        not null,
    edition_id           bigint        not null,
    criterion_id         bigint        not null,
    judgement            varchar(40),
    previous_judgement   varchar(40),
    judged_on            date,
    what_we_know         varchar(4000) not null,
    how_we_know          varchar(4000) not null,
    what_we_are_doing    varchar(4000) not null,
    impact_so_far        varchar(4000) not null,
    owner_id             bigint,
    last_reviewed_on     date,
    constraint uq_sef_evaluation unique (edition_id, criterion_id),
    constraint fk_sef_evaluation_edition foreign key (edition_id) references sef_edition (id),
    constraint fk_sef_evaluation_criterion foreign key (criterion_id) references sef_criterion (id)
);

create table sef_evaluation_action (
    evaluation_id  bigint not null,
    action_id      bigint not null,
    primary key (evaluation_id, action_id),
    constraint fk_sef_evaluation_action foreign key (evaluation_id) references sef_evaluation (id)
);

-- A file in pieces of at most 1 MB, written and read one piece at a time: memory stays small whatever the file,
-- and no statement comes near the server's largest packet (16 MB by default on MariaDB).
create table sef_evidence_file (
    id       bigint   not null auto_increment primary key,
    pieces   integer  not null
);

create table sef_evidence_file_piece (
    file_id  bigint   not null,
    seq      integer  not null,
    content  longblob not null,
    primary key (file_id, seq),
    constraint fk_sef_evidence_file_piece foreign key (file_id) references sef_evidence_file (id)
);

create table sef_evidence (
    id                  bigint        not null auto_increment primary key,
    version             bigint        not null,
    title               varchar(300)  not null,
    kind                varchar(30)   not null,
    voice               varchar(30)   not null,
    evidenced_on        date          not null,
    source_organisation varchar(200)  not null,
    description         varchar(4000) not null,
    link                varchar(2000),
    file_id             bigint,
    file_name           varchar(255),
    content_type        varchar(150),
    size_bytes          bigint,
    sha256              varchar(64),
    personal_data       boolean       not null,
    added_by_id         bigint,
    added_by            varchar(200)  not null,
    added_at            datetime(6)  not null,
    constraint fk_sef_evidence_file foreign key (file_id) references sef_evidence_file (id)
);
create index ix_sef_evidence_date on sef_evidence (evidenced_on);

-- What a piece of evidence supports, by id across modules: CRITERION (a framework criterion, so the evidence
-- serves every edition on that template), PRIORITY, ACTION, RISK or FEEDBACK.
create table sef_evidence_link (
    evidence_id  bigint       not null,
    target_kind  varchar(20)  not null,
    target_id    bigint       not null,
    primary key (evidence_id, target_kind, target_id),
    constraint fk_sef_evidence_link foreign key (evidence_id) references sef_evidence (id)
);
create index ix_sef_evidence_link_target on sef_evidence_link (target_kind, target_id);
