-- Foundation schema: people, sign-in log, half-term calendar and the audit trail.
-- Written in the SQL that MariaDB and H2 (MariaDB mode) both accept.

create table audit_revision (
    id            bigint       not null auto_increment primary key,
    revision_time bigint       not null,
    username      varchar(60)  not null
);

create table partner_organisation (
    id      bigint       not null auto_increment primary key,
    name    varchar(150) not null,
    kind    varchar(40)  not null,
    version bigint       not null,
    constraint uk_partner_organisation_name unique (name)
);

create table partner_organisation_aud (
    id      bigint       not null,
    rev     bigint       not null,
    revtype smallint,
    name    varchar(150),
    kind    varchar(40),
    primary key (id, rev),
    constraint fk_partner_organisation_aud_rev foreign key (rev) references audit_revision (id)
);

create table user_account (
    id              bigint       not null auto_increment primary key,
    username        varchar(60)  not null,
    email           varchar(254),
    display_name    varchar(120) not null,
    password_hash   varchar(255) not null,
    enabled         boolean      not null,
    organisation_id bigint,
    version         bigint       not null,
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_organisation foreign key (organisation_id) references partner_organisation (id)
);

create table user_account_aud (
    id              bigint       not null,
    rev             bigint       not null,
    revtype         smallint,
    username        varchar(60),
    email           varchar(254),
    display_name    varchar(120),
    password_hash   varchar(255),
    enabled         boolean,
    organisation_id bigint,
    primary key (id, rev),
    constraint fk_user_account_aud_rev foreign key (rev) references audit_revision (id)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(30) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id)
);

create table user_role_aud (
    rev     bigint      not null,
    revtype smallint,
    user_id bigint      not null,
    role    varchar(30) not null,
    primary key (rev, user_id, role),
    constraint fk_user_role_aud_rev foreign key (rev) references audit_revision (id)
);

create table login_attempt (
    id             bigint      not null auto_increment primary key,
    username       varchar(128) not null,
    attempted_at   timestamp(6) not null,
    outcome        varchar(20) not null,
    remote_address varchar(64)
);
create index ix_login_attempt_username_time on login_attempt (username, attempted_at);

create table academic_year (
    id         bigint not null auto_increment primary key,
    start_year int    not null,
    version    bigint not null,
    constraint uk_academic_year_start unique (start_year)
);

create table academic_year_aud (
    id         bigint not null,
    rev        bigint not null,
    revtype    smallint,
    start_year int,
    primary key (id, rev),
    constraint fk_academic_year_aud_rev foreign key (rev) references audit_revision (id)
);

create table half_term (
    id               bigint      not null auto_increment primary key,
    academic_year_id bigint      not null,
    name             varchar(20) not null,
    start_date       date        not null,
    end_date         date        not null,
    version          bigint      not null,
    constraint uk_half_term_year_name unique (academic_year_id, name),
    constraint fk_half_term_year foreign key (academic_year_id) references academic_year (id)
);
create index ix_half_term_dates on half_term (start_date, end_date);

create table half_term_aud (
    id               bigint      not null,
    rev              bigint      not null,
    revtype          smallint,
    academic_year_id bigint,
    name             varchar(20),
    start_date       date,
    end_date         date,
    primary key (id, rev),
    constraint fk_half_term_aud_rev foreign key (rev) references audit_revision (id)
);
