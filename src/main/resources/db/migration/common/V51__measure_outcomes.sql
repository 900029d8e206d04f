-- The outcomes of its priorities a measure evidences. A priority's outcomes are an ordered list of statements
-- without ids, so a link holds the priority and the statement's wording when it was linked: it is found again by
-- its wording wherever the outcome has moved to, and by the closest wording after a small rewording (see
-- OutcomeMatch); saving the measure again stores the current wording. outcomes_text keeps them in words for the
-- audit trail, as interim_targets_text does.

create table measure_outcome (
    measure_id  bigint       not null,
    priority_id bigint       not null,
    statement   varchar(500) not null,
    primary key (measure_id, priority_id, statement),
    constraint fk_measure_outcome_measure foreign key (measure_id) references measure (id)
);

alter table measure add column outcomes_text varchar(4000) not null default '';
alter table measure_aud add column outcomes_text varchar(4000);
