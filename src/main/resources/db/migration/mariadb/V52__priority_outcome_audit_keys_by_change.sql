-- Rewording or reordering a priority's outcomes failed: Envers writes the old statement at a position as removed
-- and the new one at the same position as added, in the same revision, and the audit key (rev, priority,
-- position) held only one of them. The kind of change joins the key. (Found while linking measures to outcomes.)
alter table priority_outcome_aud modify revtype smallint not null;
alter table priority_outcome_aud drop primary key, add primary key (rev, priority_id, outcome_order, revtype);
