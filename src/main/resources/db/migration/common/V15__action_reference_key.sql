-- References sort as people read them (2.1, 2.2 … 2.10), in the query, so paging stays right: each action keeps a
-- sortable key made from its reference (org.tandem.action.ReferenceKey). V15.1 fills it for existing actions.
alter table action_item add column reference_key varchar(100) not null default '';
create index ix_action_item_reference_key on action_item (reference_key);
