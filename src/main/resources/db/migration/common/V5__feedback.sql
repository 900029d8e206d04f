-- "You said, we did": feedback, its response and public wording, its timeline, and their audit tables.

create table feedback_item (
    id               bigint        not null auto_increment primary key,
    what_was_said    varchar(4000) not null,
    said_on          date          not null,
    channel          varchar(30)   not null,
    voice_group      varchar(30)   not null,
    people_count     int,
    logged_by        varchar(60)   not null,
    logged_at        timestamp(6)  not null,
    stage            varchar(20)   not null,
    organisation_id  bigint,
    officer_id       bigint,
    response_kind    varchar(20),
    response_text    varchar(4000),
    could_not_reason varchar(1000),
    public_you_said  varchar(2000),
    public_we_did    varchar(2000),
    published_at     timestamp(6),
    withdrawn_reason varchar(1000),
    version          bigint        not null
);
create index ix_feedback_item_stage on feedback_item (stage, published_at);
create index ix_feedback_item_logged on feedback_item (logged_by, logged_at);
create index ix_feedback_item_officer on feedback_item (officer_id, stage);

create table feedback_item_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          smallint,
    what_was_said    varchar(4000),
    said_on          date,
    channel          varchar(30),
    voice_group      varchar(30),
    people_count     int,
    logged_by        varchar(60),
    logged_at        timestamp(6),
    stage            varchar(20),
    organisation_id  bigint,
    officer_id       bigint,
    response_kind    varchar(20),
    response_text    varchar(4000),
    could_not_reason varchar(1000),
    public_you_said  varchar(2000),
    public_we_did    varchar(2000),
    published_at     timestamp(6),
    withdrawn_reason varchar(1000),
    primary key (id, rev),
    constraint fk_feedback_item_aud_rev foreign key (rev) references audit_revision (id)
);

create table feedback_theme (
    feedback_id bigint      not null,
    theme       varchar(30) not null,
    primary key (feedback_id, theme),
    constraint fk_feedback_theme_item foreign key (feedback_id) references feedback_item (id)
);

create table feedback_theme_aud (
    rev         bigint      not null,
    revtype     smallint,
    feedback_id bigint      not null,
    theme       varchar(30) not null,
    primary key (rev, feedback_id, theme),
    constraint fk_feedback_theme_aud_rev foreign key (rev) references audit_revision (id)
);

create table feedback_priority (
    feedback_id bigint not null,
    priority_id bigint not null,
    primary key (feedback_id, priority_id),
    constraint fk_feedback_priority_item foreign key (feedback_id) references feedback_item (id)
);

create table feedback_priority_aud (
    rev         bigint not null,
    revtype     smallint,
    feedback_id bigint not null,
    priority_id bigint not null,
    primary key (rev, feedback_id, priority_id),
    constraint fk_feedback_priority_aud_rev foreign key (rev) references audit_revision (id)
);

create table feedback_action (
    feedback_id bigint not null,
    action_id   bigint not null,
    primary key (feedback_id, action_id),
    constraint fk_feedback_action_item foreign key (feedback_id) references feedback_item (id)
);

create table feedback_action_aud (
    rev         bigint not null,
    revtype     smallint,
    feedback_id bigint not null,
    action_id   bigint not null,
    primary key (rev, feedback_id, action_id),
    constraint fk_feedback_action_aud_rev foreign key (rev) references audit_revision (id)
);

create table feedback_step (
    id          bigint        not null auto_increment primary key,
    feedback_id bigint        not null,
    kind        varchar(30)   not null,
    taken_by    varchar(60)   not null,
    taken_at    timestamp(6)  not null,
    note        varchar(1000),
    constraint fk_feedback_step_item foreign key (feedback_id) references feedback_item (id)
);
create index ix_feedback_step_item on feedback_step (feedback_id, taken_at);
