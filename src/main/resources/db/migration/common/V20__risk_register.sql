-- The risk register: risks with their scores, reviews, escalations and tolerance decisions; the categories and
-- scoring settings admins keep; and the scores each issued board report saw, for the half-termly trend.

create table risk_category (
    id            bigint      not null auto_increment primary key,
    code          varchar(30) not null,
    label         varchar(60) not null,
    display_order int         not null,
    active        boolean     not null,
    appetite      int         not null,
    version       bigint      not null,
    constraint uk_risk_category_code unique (code),
    constraint uk_risk_category_label unique (label)
);

create table risk_category_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    code          varchar(30),
    label         varchar(60),
    display_order int,
    active        boolean,
    appetite      int,
    primary key (id, rev),
    constraint fk_risk_category_aud_rev foreign key (rev) references audit_revision (id)
);

-- Appetite: the highest residual score the board accepts for risks of that category.
insert into risk_category (code, label, display_order, active, appetite, version) values
    ('HIGH_NEEDS_FUNDING', 'High needs funding', 1, true, 9, 0),
    ('SUFFICIENCY', 'Sufficiency of places', 2, true, 9, 0),
    ('WORKFORCE', 'Workforce', 3, true, 9, 0),
    ('STATUTORY_TIMELINESS', 'Statutory timeliness', 4, true, 6, 0),
    ('SAFEGUARDING', 'Safeguarding', 5, true, 4, 0),
    ('REPUTATION', 'Reputation and confidence', 6, true, 9, 0),
    ('DATA_SHARING', 'Data and information sharing', 7, true, 6, 0),
    ('OTHER', 'Other', 8, true, 9, 0);

-- One row: the bands' upper scores and words, the board threshold, review intervals, the matrix's labels.
create table risk_scoring (
    id                  bigint       not null primary key,
    low_max             int          not null,
    medium_max          int          not null,
    high_max            int          not null,
    low_label           varchar(30)  not null,
    medium_label        varchar(30)  not null,
    high_label          varchar(30)  not null,
    very_high_label     varchar(30)  not null,
    board_threshold     int          not null,
    low_review_months   int          not null,
    medium_review_months int         not null,
    high_review_months  int          not null,
    very_high_review_months int      not null,
    likelihood_labels   varchar(300) not null,
    impact_labels       varchar(300) not null,
    version             bigint       not null
);

create table risk_scoring_aud (
    id                  bigint not null,
    rev                 bigint not null,
    revtype             smallint,
    low_max             int,
    medium_max          int,
    high_max            int,
    low_label           varchar(30),
    medium_label        varchar(30),
    high_label          varchar(30),
    very_high_label     varchar(30),
    board_threshold     int,
    low_review_months   int,
    medium_review_months int,
    high_review_months  int,
    very_high_review_months int,
    likelihood_labels   varchar(300),
    impact_labels       varchar(300),
    primary key (id, rev),
    constraint fk_risk_scoring_aud_rev foreign key (rev) references audit_revision (id)
);

insert into risk_scoring values (1, 4, 9, 14, 'Low', 'Medium', 'High', 'Very high', 15, 6, 3, 2, 1,
    'Rare|Unlikely|Possible|Likely|Almost certain', 'Negligible|Minor|Moderate|Major|Severe', 0);

create table risk (
    id                 bigint        not null auto_increment primary key,
    reference          varchar(20)   not null,
    title              varchar(300)  not null,
    cause              varchar(2000) not null,
    risk_event         varchar(2000) not null,
    consequence        varchar(2000) not null,
    category           varchar(30)   not null,
    owner_id           bigint        not null,
    workstream_id      bigint,
    inherent_likelihood int          not null,
    inherent_impact    int           not null,
    controls           varchar(4000) not null,
    residual_likelihood int          not null,
    residual_impact    int           not null,
    residual_score     int           not null,
    residual_note      varchar(1000),
    target_likelihood  int           not null,
    target_impact      int           not null,
    target_date        date,
    response           varchar(20)   not null,
    risk_level         varchar(20)   not null,
    confidential       boolean       not null,
    status             varchar(20)   not null,
    closed_reason      varchar(1000),
    closed_on          date,
    last_review_on     date,
    next_review_on     date          not null,
    previous_score     int,
    tolerated_until    date,
    tolerated_score    int,
    raised_by          varchar(60)   not null,
    raised_at          datetime(6)   not null,
    version            bigint        not null,
    constraint uk_risk_reference unique (reference)
);
create index ix_risk_owner on risk (owner_id, status);
create index ix_risk_level on risk (risk_level, status);
create index ix_risk_score on risk (residual_score);

create table risk_aud (
    id                 bigint not null,
    rev                bigint not null,
    revtype            smallint,
    reference          varchar(20),
    title              varchar(300),
    cause              varchar(2000),
    risk_event         varchar(2000),
    consequence        varchar(2000),
    category           varchar(30),
    owner_id           bigint,
    workstream_id      bigint,
    inherent_likelihood int,
    inherent_impact    int,
    controls           varchar(4000),
    residual_likelihood int,
    residual_impact    int,
    residual_score     int,
    residual_note      varchar(1000),
    target_likelihood  int,
    target_impact      int,
    target_date        date,
    response           varchar(20),
    risk_level         varchar(20),
    confidential       boolean,
    status             varchar(20),
    closed_reason      varchar(1000),
    closed_on          date,
    last_review_on     date,
    next_review_on     date,
    previous_score     int,
    tolerated_until    date,
    tolerated_score    int,
    raised_by          varchar(60),
    raised_at          datetime(6),
    primary key (id, rev),
    constraint fk_risk_aud_rev foreign key (rev) references audit_revision (id)
);

create table risk_partner (
    risk_id         bigint not null,
    organisation_id bigint not null,
    primary key (risk_id, organisation_id),
    constraint fk_risk_partner_risk foreign key (risk_id) references risk (id)
);

create table risk_partner_aud (
    rev             bigint not null,
    revtype         smallint,
    risk_id         bigint not null,
    organisation_id bigint not null,
    primary key (rev, risk_id, organisation_id),
    constraint fk_risk_partner_aud_rev foreign key (rev) references audit_revision (id)
);

create table risk_priority (
    risk_id     bigint not null,
    priority_id bigint not null,
    primary key (risk_id, priority_id),
    constraint fk_risk_priority_risk foreign key (risk_id) references risk (id)
);

create table risk_priority_aud (
    rev         bigint not null,
    revtype     smallint,
    risk_id     bigint not null,
    priority_id bigint not null,
    primary key (rev, risk_id, priority_id),
    constraint fk_risk_priority_aud_rev foreign key (rev) references audit_revision (id)
);

create table risk_group (
    risk_id    bigint      not null,
    group_code varchar(30) not null,
    primary key (risk_id, group_code),
    constraint fk_risk_group_risk foreign key (risk_id) references risk (id)
);

create table risk_group_aud (
    rev        bigint      not null,
    revtype    smallint,
    risk_id    bigint      not null,
    group_code varchar(30) not null,
    primary key (rev, risk_id, group_code),
    constraint fk_risk_group_aud_rev foreign key (rev) references audit_revision (id)
);

create table risk_action (
    risk_id   bigint not null,
    action_id bigint not null,
    primary key (risk_id, action_id),
    constraint fk_risk_action_risk foreign key (risk_id) references risk (id)
);
create index ix_risk_action_action on risk_action (action_id);

create table risk_action_aud (
    rev       bigint not null,
    revtype   smallint,
    risk_id   bigint not null,
    action_id bigint not null,
    primary key (rev, risk_id, action_id),
    constraint fk_risk_action_aud_rev foreign key (rev) references audit_revision (id)
);

create table risk_review (
    id             bigint        not null auto_increment primary key,
    risk_id        bigint        not null,
    reviewed_on    date          not null,
    reviewer_id    bigint,
    reviewer_name  varchar(100)  not null,
    likelihood     int           not null,
    impact         int           not null,
    previous_score int           not null,
    commentary     varchar(4000) not null,
    next_review_on date          not null,
    recorded_at    datetime(6)   not null,
    constraint fk_risk_review_risk foreign key (risk_id) references risk (id)
);
create index ix_risk_review_risk on risk_review (risk_id, reviewed_on);

create table risk_escalation (
    id         bigint        not null auto_increment primary key,
    risk_id    bigint        not null,
    taken_at   datetime(6)   not null,
    from_level varchar(20)   not null,
    to_level   varchar(20)   not null,
    by_rule    boolean       not null,
    taken_by   varchar(100)  not null,
    reason     varchar(1000) not null,
    constraint fk_risk_escalation_risk foreign key (risk_id) references risk (id)
);
create index ix_risk_escalation_risk on risk_escalation (risk_id, taken_at);

create table risk_tolerance (
    id            bigint        not null auto_increment primary key,
    risk_id       bigint        not null,
    accepted_by   varchar(100)  not null,
    accepted_at   datetime(6)   not null,
    reason        varchar(1000) not null,
    expires_on    date          not null,
    at_score      int           not null,
    lapsed_at     datetime(6),
    lapse_reason  varchar(300),
    constraint fk_risk_tolerance_risk foreign key (risk_id) references risk (id)
);
create index ix_risk_tolerance_risk on risk_tolerance (risk_id, accepted_at);

create table risk_snapshot (
    id           bigint      not null auto_increment primary key,
    report_id    bigint      not null,
    half_term_id bigint      not null,
    risk_id      bigint      not null,
    taken_at     datetime(6) not null,
    likelihood   int         not null,
    impact       int         not null,
    risk_level   varchar(20) not null,
    constraint uk_risk_snapshot unique (report_id, risk_id),
    constraint fk_risk_snapshot_risk foreign key (risk_id) references risk (id)
);
create index ix_risk_snapshot_risk on risk_snapshot (risk_id, taken_at);
