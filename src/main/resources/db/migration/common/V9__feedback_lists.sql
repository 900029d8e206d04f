-- The channels feedback is heard through and the themes it is tagged with become lists that admins edit.
-- They start with the values the code held until now, under the same codes, so every stored item keeps
-- pointing at its channel and themes; foreign keys keep it so. A value is retired, never deleted.

create table feedback_channel (
    id            bigint      not null auto_increment primary key,
    code          varchar(30) not null,
    label         varchar(60) not null,
    display_order int         not null,
    active        boolean     not null,
    version       bigint      not null,
    constraint uk_feedback_channel_code unique (code),
    constraint uk_feedback_channel_label unique (label)
);

create table feedback_channel_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    code          varchar(30),
    label         varchar(60),
    display_order int,
    active        boolean,
    primary key (id, rev),
    constraint fk_feedback_channel_aud_rev foreign key (rev) references audit_revision (id)
);

create table feedback_theme_tag (
    id            bigint      not null auto_increment primary key,
    code          varchar(30) not null,
    label         varchar(60) not null,
    slug          varchar(40) not null,
    display_order int         not null,
    active        boolean     not null,
    version       bigint      not null,
    constraint uk_feedback_theme_tag_code unique (code),
    constraint uk_feedback_theme_tag_label unique (label),
    constraint uk_feedback_theme_tag_slug unique (slug)
);

create table feedback_theme_tag_aud (
    id            bigint not null,
    rev           bigint not null,
    revtype       smallint,
    code          varchar(30),
    label         varchar(60),
    slug          varchar(40),
    display_order int,
    active        boolean,
    primary key (id, rev),
    constraint fk_feedback_theme_tag_aud_rev foreign key (rev) references audit_revision (id)
);

insert into feedback_channel (code, label, display_order, active, version) values
    ('FORUM_MEETING', 'Forum meeting', 1, true, 0),
    ('SURVEY', 'Survey', 2, true, 0),
    ('EVENT', 'Event', 3, true, 0),
    ('YOUNG_PEOPLES_GROUP', 'Young people''s group', 4, true, 0),
    ('SENDIASS', 'SENDIASS', 5, true, 0),
    ('COMPLAINTS_THEME', 'Complaints theme', 6, true, 0),
    ('OTHER', 'Other', 7, true, 0);

-- The slugs are the ones the public page and feeds have used in links since they were published.
insert into feedback_theme_tag (code, label, slug, display_order, active, version) values
    ('EHC_PLANS', 'EHC plans', 'ehc-plans', 1, true, 0),
    ('COMMUNICATION', 'Communication', 'communication', 2, true, 0),
    ('TRANSPORT', 'Transport', 'transport', 3, true, 0),
    ('MENTAL_HEALTH', 'Mental health', 'mental-health', 4, true, 0),
    ('SHORT_BREAKS', 'Short breaks', 'short-breaks', 5, true, 0),
    ('PREPARING_FOR_ADULTHOOD', 'Preparing for adulthood', 'preparing-for-adulthood', 6, true, 0),
    ('OTHER', 'Other', 'other', 7, true, 0);

alter table feedback_item add constraint fk_feedback_item_channel
    foreign key (channel) references feedback_channel (code);
alter table feedback_theme add constraint fk_feedback_theme_tag
    foreign key (theme) references feedback_theme_tag (code);
