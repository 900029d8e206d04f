-- The outbox keeps each e-mail whole, as sent: its text, its HTML part and its attachments' names and sizes
-- (one "size<TAB>name" line each). The body used to stop at 8,000 characters, mid-word, losing the report's
-- later priorities and the attachment line.
alter table outgoing_mail modify column body longtext not null;
alter table outgoing_mail add column html longtext;
alter table outgoing_mail add column attachments longtext;
