-- The half-termly board report: each issued report as it was issued (never updated), the charts its e-mail
-- carries as images, and one delivery per recipient so that nobody receives it twice.
create table issued_report (
    id            bigint        not null auto_increment primary key,
    half_term_id  bigint        not null,
    title         varchar(300)  not null,
    issued_at     timestamp(6)  not null,
    issued_by     varchar(60)   not null,
    page_html     longtext      not null,
    email_html    longtext      not null,
    email_text    longtext      not null,
    pdf           longblob      not null,
    source_data   longtext      not null,
    figures       longtext      not null,
    constraint uq_issued_report_half_term unique (half_term_id),
    constraint fk_issued_report_half_term foreign key (half_term_id) references half_term (id)
);

create table issued_report_chart (
    report_id    bigint         not null,
    chart_index  integer        not null,
    content_id   varchar(100)   not null,
    png          longblob       not null,
    alternative  varchar(4000)  not null,
    primary key (report_id, chart_index),
    constraint fk_issued_report_chart_report foreign key (report_id) references issued_report (id)
);

create table report_delivery (
    id               bigint        not null auto_increment primary key,
    report_id        bigint        not null,
    recipient_key    varchar(300)  not null,
    recipient        varchar(254)  not null,
    recipient_name   varchar(200)  not null,
    status           varchar(20)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp(6)  not null,
    first_failed_at  timestamp(6),
    claimed_at       timestamp(6),
    claimed_by       varchar(100),
    sent_at          timestamp(6),
    last_error       varchar(500),
    constraint uq_report_delivery_recipient unique (report_id, recipient_key),
    constraint fk_report_delivery_report foreign key (report_id) references issued_report (id)
);
create index ix_report_delivery_due on report_delivery (status, next_attempt_at);
