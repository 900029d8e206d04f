-- Co-production: the partnership's pledge, the organisations that signed it, the log of co-production
-- activities with who took part and what changed, and their audit tables.

create table coproduction_pledge (
    id          bigint        not null auto_increment primary key,
    pledge_text varchar(8000) not null,
    changed_by  varchar(60),
    changed_at  timestamp(6),
    version     bigint        not null
);

create table coproduction_pledge_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     smallint,
    pledge_text varchar(8000),
    changed_by  varchar(60),
    changed_at  timestamp(6),
    primary key (id, rev),
    constraint fk_coproduction_pledge_aud_rev foreign key (rev) references audit_revision (id)
);

-- There is one pledge; it starts empty and admins write it.
insert into coproduction_pledge (id, pledge_text, version) values (1, '', 0);

create table pledge_signatory (
    id              bigint        not null auto_increment primary key,
    organisation_id bigint        not null,
    signed_on       date          not null,
    contact_name    varchar(120)  not null,
    commitments     varchar(2000) not null,
    version         bigint        not null
);
create index ix_pledge_signatory_signed on pledge_signatory (signed_on);

create table pledge_signatory_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         smallint,
    organisation_id bigint,
    signed_on       date,
    contact_name    varchar(120),
    commitments     varchar(2000),
    primary key (id, rev),
    constraint fk_pledge_signatory_aud_rev foreign key (rev) references audit_revision (id)
);

create table coproduction_activity (
    id                  bigint        not null auto_increment primary key,
    held_on             date          not null,
    kind                varchar(30)   not null,
    title               varchar(200)  not null,
    parents_count       int,
    young_people_count  int,
    professionals_count int,
    what_changed        varchar(4000) not null,
    logged_by           varchar(60)   not null,
    version             bigint        not null
);
create index ix_coproduction_activity_held on coproduction_activity (held_on);

create table coproduction_activity_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    held_on             date,
    kind                varchar(30),
    title               varchar(200),
    parents_count       int,
    young_people_count  int,
    professionals_count int,
    what_changed        varchar(4000),
    logged_by           varchar(60),
    primary key (id, rev),
    constraint fk_coproduction_activity_aud_rev foreign key (rev) references audit_revision (id)
);

create table coproduction_activity_action (
    activity_id bigint not null,
    action_id   bigint not null,
    primary key (activity_id, action_id),
    constraint fk_coproduction_activity_action foreign key (activity_id) references coproduction_activity (id)
);

create table coproduction_activity_action_aud (
    rev         bigint not null,
    revtype     smallint,
    activity_id bigint not null,
    action_id   bigint not null,
    primary key (rev, activity_id, action_id),
    constraint fk_coproduction_activity_action_aud_rev foreign key (rev) references audit_revision (id)
);

create table coproduction_activity_feedback (
    activity_id bigint not null,
    feedback_id bigint not null,
    primary key (activity_id, feedback_id),
    constraint fk_coproduction_activity_feedback foreign key (activity_id) references coproduction_activity (id)
);

create table coproduction_activity_feedback_aud (
    rev         bigint not null,
    revtype     smallint,
    activity_id bigint not null,
    feedback_id bigint not null,
    primary key (rev, activity_id, feedback_id),
    constraint fk_coproduction_activity_feedback_aud_rev foreign key (rev) references audit_revision (id)
);
