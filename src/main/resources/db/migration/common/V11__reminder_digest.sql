-- Reminder digests. A person's digest for a day is claimed here before it is sent; the unique key lets only one
-- run (of several instances, or after a restart) claim it, so nobody gets the same day's digest twice.
create table reminder_digest (
    id           bigint       not null auto_increment primary key,
    recipient_id bigint       not null,
    digest_date  date         not null,
    claimed_at   timestamp(6) not null,
    constraint uk_reminder_digest_recipient_date unique (recipient_id, digest_date)
);

-- Reminders meant to reach a person once (an action owner's update reminder for a half-term), once delivered.
create table reminder_delivered (
    id           bigint       not null auto_increment primary key,
    recipient_id bigint       not null,
    once_key     varchar(100) not null,
    delivered_on date         not null,
    constraint uk_reminder_delivered_recipient_key unique (recipient_id, once_key)
);
