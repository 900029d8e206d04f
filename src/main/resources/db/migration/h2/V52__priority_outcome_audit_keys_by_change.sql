-- As the MariaDB script of the same version: the kind of change joins the outcome audit's key, so that a
-- reworded or moved outcome's removal and addition in one revision both fit.
alter table priority_outcome_aud alter column revtype set not null;
alter table priority_outcome_aud drop primary key;
alter table priority_outcome_aud add primary key (rev, priority_id, outcome_order, revtype);
