-- Every e-mail Tandem sends or, with no mail server set, keeps in the outbox.
create table outgoing_mail (
    id         bigint         not null auto_increment primary key,
    recipient  varchar(254)   not null,
    subject    varchar(300)   not null,
    body       varchar(8000) not null,
    status     varchar(20)    not null,
    error      varchar(500),
    created_at timestamp(6)   not null
);
create index ix_outgoing_mail_created on outgoing_mail (created_at);
