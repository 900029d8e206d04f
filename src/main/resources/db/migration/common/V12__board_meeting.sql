-- The board meeting that receives a half-term's report, when one is recorded: the report is then produced a set
-- number of days before it instead of on the half-term's last working day.
alter table half_term add column board_meeting date;
alter table half_term_aud add column board_meeting date;
