-- Strategy, priorities, workstreams, actions and half-termly progress updates; closing a half-term.

alter table half_term add column closed_at timestamp(6) null;
alter table half_term add column closed_by varchar(60) null;
alter table half_term_aud add column closed_at timestamp(6) null;
alter table half_term_aud add column closed_by varchar(60) null;

create table strategy (
    id           bigint        not null auto_increment primary key,
    name         varchar(200)  not null,
    period_from  date          not null,
    period_to    date          not null,
    vision       varchar(4000) not null,
    principles   varchar(4000) not null,
    status       varchar(20)   not null,
    approved_on  date,
    approved_by  varchar(200),
    is_current   boolean       not null,
    version      bigint        not null
);

create table strategy_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      smallint,
    name         varchar(200),
    period_from  date,
    period_to    date,
    vision       varchar(4000),
    principles   varchar(4000),
    status       varchar(20),
    approved_on  date,
    approved_by  varchar(200),
    is_current   boolean,
    primary key (id, rev),
    constraint fk_strategy_aud_rev foreign key (rev) references audit_revision (id)
);

create table priority (
    id                   bigint        not null auto_increment primary key,
    strategy_id          bigint        not null,
    priority_number int           not null,
    title                varchar(150)  not null,
    description          varchar(4000) not null,
    sponsor_id           bigint,
    lead_organisation_id bigint,
    rag_override         varchar(10),
    rag_override_reason  varchar(500),
    rag_override_by      varchar(60),
    rag_override_at      timestamp(6),
    version              bigint        not null,
    constraint uk_priority_number unique (strategy_id, priority_number),
    constraint fk_priority_strategy foreign key (strategy_id) references strategy (id)
);

create table priority_aud (
    id                   bigint not null,
    rev                  bigint not null,
    revtype              smallint,
    strategy_id          bigint,
    priority_number int,
    title                varchar(150),
    description          varchar(4000),
    sponsor_id           bigint,
    lead_organisation_id bigint,
    rag_override         varchar(10),
    rag_override_reason  varchar(500),
    rag_override_by      varchar(60),
    rag_override_at      timestamp(6),
    primary key (id, rev),
    constraint fk_priority_aud_rev foreign key (rev) references audit_revision (id)
);

create table priority_outcome (
    priority_id bigint       not null,
    outcome_order int          not null,
    statement   varchar(500) not null,
    primary key (priority_id, outcome_order),
    constraint fk_priority_outcome_priority foreign key (priority_id) references priority (id)
);

create table priority_outcome_aud (
    rev         bigint       not null,
    revtype     smallint,
    priority_id bigint       not null,
    outcome_order int          not null,
    statement   varchar(500),
    primary key (rev, priority_id, outcome_order),
    constraint fk_priority_outcome_aud_rev foreign key (rev) references audit_revision (id)
);

create table workstream (
    id      bigint        not null auto_increment primary key,
    name    varchar(150)  not null,
    purpose varchar(2000) not null,
    lead_id bigint,
    version bigint        not null,
    constraint uk_workstream_name unique (name)
);

create table workstream_aud (
    id      bigint not null,
    rev     bigint not null,
    revtype smallint,
    name    varchar(150),
    purpose varchar(2000),
    lead_id bigint,
    primary key (id, rev),
    constraint fk_workstream_aud_rev foreign key (rev) references audit_revision (id)
);

create table workstream_member (
    workstream_id bigint not null,
    user_id       bigint not null,
    primary key (workstream_id, user_id),
    constraint fk_workstream_member_workstream foreign key (workstream_id) references workstream (id)
);

create table workstream_member_aud (
    rev           bigint not null,
    revtype       smallint,
    workstream_id bigint not null,
    user_id       bigint not null,
    primary key (rev, workstream_id, user_id),
    constraint fk_workstream_member_aud_rev foreign key (rev) references audit_revision (id)
);

create table workstream_priority (
    workstream_id bigint not null,
    priority_id   bigint not null,
    primary key (workstream_id, priority_id),
    constraint fk_workstream_priority_workstream foreign key (workstream_id) references workstream (id)
);

create table workstream_priority_aud (
    rev           bigint not null,
    revtype       smallint,
    workstream_id bigint not null,
    priority_id   bigint not null,
    primary key (rev, workstream_id, priority_id),
    constraint fk_workstream_priority_aud_rev foreign key (rev) references audit_revision (id)
);

create table action_item (
    id                    bigint        not null auto_increment primary key,
    reference             varchar(20)   not null,
    title                 varchar(300)  not null,
    description           varchar(4000) not null,
    priority_id           bigint        not null,
    workstream_id         bigint,
    owner_id              bigint,
    start_date            date,
    due_date              date,
    status                varchar(20)   not null,
    percent_complete      int           not null,
    completed_on          date,
    cancel_reason         varchar(500),
    signed_off_by         varchar(120),
    signed_off_at         timestamp(6),
    version               bigint        not null,
    constraint uk_action_item_reference unique (reference),
    constraint fk_action_item_workstream foreign key (workstream_id) references workstream (id)
);
create index ix_action_item_priority on action_item (priority_id);
create index ix_action_item_owner on action_item (owner_id);
create index ix_action_item_due on action_item (due_date);

create table action_item_aud (
    id                    bigint not null,
    rev                   bigint not null,
    revtype               smallint,
    reference             varchar(20),
    title                 varchar(300),
    description           varchar(4000),
    priority_id           bigint,
    workstream_id         bigint,
    owner_id              bigint,
    start_date            date,
    due_date              date,
    status                varchar(20),
    percent_complete      int,
    completed_on          date,
    cancel_reason         varchar(500),
    signed_off_by         varchar(120),
    signed_off_at         timestamp(6),
    primary key (id, rev),
    constraint fk_action_item_aud_rev foreign key (rev) references audit_revision (id)
);

create table action_partner (
    action_id       bigint not null,
    organisation_id bigint not null,
    primary key (action_id, organisation_id),
    constraint fk_action_partner_action foreign key (action_id) references action_item (id)
);

create table action_partner_aud (
    rev             bigint not null,
    revtype         smallint,
    action_id       bigint not null,
    organisation_id bigint not null,
    primary key (rev, action_id, organisation_id),
    constraint fk_action_partner_aud_rev foreign key (rev) references audit_revision (id)
);

create table action_coproduction (
    action_id bigint      not null,
    partner   varchar(30) not null,
    primary key (action_id, partner),
    constraint fk_action_coproduction_action foreign key (action_id) references action_item (id)
);

create table action_coproduction_aud (
    rev       bigint      not null,
    revtype   smallint,
    action_id bigint      not null,
    partner   varchar(30) not null,
    primary key (rev, action_id, partner),
    constraint fk_action_coproduction_aud_rev foreign key (rev) references audit_revision (id)
);

create table progress_update (
    id           bigint        not null auto_increment primary key,
    action_id    bigint        not null,
    half_term_id bigint        not null,
    status       varchar(20)   not null,
    percent_complete int           not null,
    narrative    varchar(4000) not null,
    author       varchar(60)   not null,
    created_at   timestamp(6)  not null,
    updated_at   timestamp(6)  not null,
    version      bigint        not null,
    constraint uk_progress_update_action_half_term unique (action_id, half_term_id),
    constraint fk_progress_update_action foreign key (action_id) references action_item (id)
);
create index ix_progress_update_half_term on progress_update (half_term_id);

create table progress_update_aud (
    id           bigint not null,
    rev          bigint not null,
    revtype      smallint,
    action_id    bigint,
    half_term_id bigint,
    status       varchar(20),
    percent_complete int,
    narrative    varchar(4000),
    author       varchar(60),
    created_at   timestamp(6),
    updated_at   timestamp(6),
    primary key (id, rev),
    constraint fk_progress_update_aud_rev foreign key (rev) references audit_revision (id)
);
