-- MariaDB's timestamp stops at 19 January 2038 (and gives the first NOT NULL timestamp of a table an automatic
-- 'on update current_timestamp'): every instant becomes a datetime(6), which holds any year. Tandem writes
-- instants as UTC (hibernate.jdbc.time_zone=UTC), so the conversion reads the old values in UTC too.
-- H2's timestamp has neither limit, so this script is MariaDB's alone.
set time_zone = '+00:00';

alter table issued_report
    modify column issued_at datetime(6) not null;

alter table report_delivery
    modify column next_attempt_at datetime(6) not null,
    modify column first_failed_at datetime(6) null,
    modify column claimed_at datetime(6) null,
    modify column sent_at datetime(6) null;

alter table reminder_digest
    modify column claimed_at datetime(6) not null;

alter table login_attempt
    modify column attempted_at datetime(6) not null;

alter table priority
    modify column rag_override_at datetime(6) null;

alter table priority_aud
    modify column rag_override_at datetime(6) null;

alter table action_item
    modify column signed_off_at datetime(6) null;

alter table action_item_aud
    modify column signed_off_at datetime(6) null;

alter table progress_update
    modify column created_at datetime(6) not null,
    modify column updated_at datetime(6) not null;

alter table progress_update_aud
    modify column created_at datetime(6) null,
    modify column updated_at datetime(6) null;

alter table half_term
    modify column closed_at datetime(6) null;

alter table half_term_aud
    modify column closed_at datetime(6) null;

alter table feedback_item
    modify column logged_at datetime(6) not null,
    modify column published_at datetime(6) null;

alter table feedback_item_aud
    modify column logged_at datetime(6) null,
    modify column published_at datetime(6) null;

alter table feedback_step
    modify column taken_at datetime(6) not null;

alter table coproduction_pledge
    modify column changed_at datetime(6) null;

alter table coproduction_pledge_aud
    modify column changed_at datetime(6) null;

alter table outgoing_mail
    modify column created_at datetime(6) not null;
set time_zone = @@global.time_zone;
