-- The consultations log (issue 20, item 5): consultations given by the regional body to the
-- municipalities' officers (and by a municipality's officer to its bodies), the classifier of their
-- topics, and the answered ones published, edited without personal data, as the internal FAQ.

create table consultation_topic (
    id bigint generated always as identity primary key,
    name text not null unique,
    position int not null default 0,
    -- a topic taken out of the classifier stays on the consultations that have it
    active boolean not null default true,
    updated_at timestamptz not null default now(),
    updated_by text not null default 'system'
);

insert into consultation_topic (name, position) values
    ('Представление сведений о доходах (декларации)', 10),
    ('Конфликт интересов', 20),
    ('Подарки', 30),
    ('Иная оплачиваемая работа', 40),
    ('Закупки', 50),
    ('Комиссия по соблюдению требований к служебному поведению', 60),
    ('Антикоррупционная экспертиза', 70),
    ('Обучение', 80),
    ('Сообщения граждан о коррупции', 90),
    ('Раздел «Противодействие коррупции» на сайте', 100),
    ('Иное', 110);

create table consultation (
    id bigint generated always as identity primary key,
    -- the organization that gave the consultation (the officer's): the log is seen by its subtree's officers
    organization_id bigint not null references organization (id),
    -- who asked: an organization of the consulting one's subtree, the person, his post and contact
    asker_organization_id bigint not null references organization (id),
    asker_name text not null,
    asker_post text,
    asker_contact text,
    -- PHONE, EMAIL, IN_PERSON, LETTER, VIDEO, MESSENGER (Channel)
    channel text not null,
    topic_id bigint not null references consultation_topic (id),
    question text not null,
    answer text,
    -- the login of who gave the answer, and when it was recorded
    answered_by text,
    answered_at timestamptz,
    asked_at timestamptz not null,
    minutes int check (minutes is null or minutes between 0 and 1440),
    -- the internal FAQ: the question and answer edited for publication without personal data
    faq_question text,
    faq_answer text,
    faq_published_at timestamptz,
    faq_published_by text,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    search tsvector generated always as (
        setweight(to_tsvector('russian', question), 'A')
            || setweight(to_tsvector('russian', coalesce(answer, '')), 'B')) stored,
    faq_search tsvector generated always as (
        setweight(to_tsvector('russian', coalesce(faq_question, '')), 'A')
            || setweight(to_tsvector('russian', coalesce(faq_answer, '')), 'B')) stored
);
create index consultation_organization_ix on consultation (organization_id, asked_at);
create index consultation_asker_organization_ix on consultation (asker_organization_id);
create index consultation_search_ix on consultation using gin (search);
create index consultation_faq_search_ix on consultation using gin (faq_search) where faq_published_at is not null;
