-- The commission on official conduct and conflicts of interest (Указ Президента РФ от 01.07.2010
-- № 821 and the municipal regulations modelled on it): composition with terms of office, cases
-- arriving from notifications, confirmed procurement findings and other sources, meetings with an
-- agenda, invitations, attendance and quorum, self-recusal, votes, decisions, minutes and extracts,
-- and the follow-up of the decisions.
create table commission (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    name text not null,
    -- the act that formed the commission and approved its composition
    basis text,
    active boolean not null default true,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now()
);
create unique index commission_organization_ux on commission (organization_id) where active;

create table commission_member (
    id bigint generated always as identity primary key,
    commission_id bigint not null references commission (id),
    full_name text not null,
    -- post and place of work, as the minutes name the member
    position text,
    -- CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER, INDEPENDENT (science, education, public: Указ №821 п.8),
    -- REGIONAL (the regional body for the prevention of corruption)
    role text not null,
    employee_id bigint references employee (id),
    -- the account through which the member works in the system (the secretary keeps the meetings)
    user_id bigint references app_user (id),
    email text,
    term_from date not null,
    term_to date,
    created_by text not null,
    created_at timestamptz not null default now(),
    constraint commission_member_term check (term_to is null or term_to >= term_from)
);
create index commission_member_commission_ix on commission_member (commission_id);
create index commission_member_user_ix on commission_member (user_id);

create table commission_case (
    id bigint generated always as identity primary key,
    -- the commission that considers it: the nearest one at the organization or above it; null until one exists
    commission_id bigint references commission (id),
    organization_id bigint not null references organization (id),
    kind text not null,
    -- where it came from: NOTIFICATION, FINDING, REPORT, DECLARATION, MANUAL; with the source's id
    source_type text not null,
    source_id bigint not null,
    -- the source's own reference, e.g. the notification's registration number
    source_ref text,
    employee_id bigint references employee (id),
    person_name text,
    person_post text,
    summary text not null,
    -- the materials as they arrived (the officer's motivated conclusion, the finding's explanation)
    materials text,
    received_on date not null,
    consider_by date,
    -- PENDING, SCHEDULED (on a planned meeting's agenda), DECIDED, WITHDRAWN
    status text not null,
    decision text,
    decision_text text,
    decided_on date,
    meeting_id bigint,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (source_type, source_id)
);
create index commission_case_commission_ix on commission_case (commission_id, status);
create index commission_case_organization_ix on commission_case (organization_id);

create table commission_meeting (
    id bigint generated always as identity primary key,
    commission_id bigint not null references commission (id),
    year int not null,
    number int not null,
    held_on date not null,
    starts_at time,
    place text,
    -- PLANNED, CLOSED
    status text not null,
    closed_at timestamptz,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (commission_id, year, number)
);
alter table commission_case add constraint commission_case_meeting_fk
    foreign key (meeting_id) references commission_meeting (id);

create table commission_meeting_counter (
    commission_id bigint not null references commission (id),
    year int not null,
    last int not null,
    primary key (commission_id, year)
);

create table commission_agenda_item (
    id bigint generated always as identity primary key,
    meeting_id bigint not null references commission_meeting (id) on delete cascade,
    case_id bigint not null references commission_case (id),
    position int not null,
    -- СЛУШАЛИ: who reported on what; ВЫСТУПИЛИ: the employee's explanations and others' speeches
    heard text,
    speeches text,
    decision text,
    decision_text text,
    -- the motivation and the recommendation the commission adds to the standard formulation
    motivation text,
    votes_for int,
    votes_against int,
    votes_abstained int,
    adopted boolean,
    decided_at timestamptz,
    decided_by text,
    unique (meeting_id, case_id)
);

create table commission_attendance (
    meeting_id bigint not null references commission_meeting (id) on delete cascade,
    member_id bigint not null references commission_member (id),
    present boolean not null,
    primary key (meeting_id, member_id)
);

-- a member who declared a personal interest in a case (Указ №821 п.20) takes no part in it
create table commission_recusal (
    item_id bigint not null references commission_agenda_item (id) on delete cascade,
    member_id bigint not null references commission_member (id),
    reason text,
    primary key (item_id, member_id)
);

create table commission_vote (
    item_id bigint not null references commission_agenda_item (id) on delete cascade,
    member_id bigint not null references commission_member (id),
    -- FOR, AGAINST, ABSTAIN
    choice text not null,
    primary key (item_id, member_id)
);

-- who was invited and how: by e-mail when a server and an address exist, otherwise on the list only
create table commission_invitation (
    id bigint generated always as identity primary key,
    meeting_id bigint not null references commission_meeting (id) on delete cascade,
    member_id bigint references commission_member (id),
    employee_id bigint references employee (id),
    name text not null,
    email text,
    -- EMAIL (sent), RECORDED (no address or no mail server: handed over otherwise), FAILED
    channel text not null,
    error text,
    sent_at timestamptz not null default now(),
    sent_by text not null
);
create index commission_invitation_meeting_ix on commission_invitation (meeting_id);

-- the follow-up of decisions: the extract to the employee (7 days), the head's answer on the
-- recommendations (a month, Указ №821), and any task the secretary adds
create table commission_follow_up (
    id bigint generated always as identity primary key,
    case_id bigint not null references commission_case (id),
    meeting_id bigint references commission_meeting (id),
    title text not null,
    responsible text,
    due_on date not null,
    done_on date,
    -- the measure taken, for the statistics: NONE, REMARK, REPRIMAND, WARNING, DISMISSAL, CONFLICT_SETTLED,
    -- PROSECUTOR_INFORMED, OTHER
    measure text,
    note text,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index commission_follow_up_case_ix on commission_follow_up (case_id);
create index commission_follow_up_due_ix on commission_follow_up (due_on) where done_on is null;

-- ids of the cases an officer opens by hand (the head's submission, other materials): source MANUAL
create sequence commission_manual_source_seq;
