-- The organization's own pages and news in its public section «Противодействие коррупции» (issue 21,
-- item 1): written by its officer, the rich text sanitized before it is stored (docs/portal.md).

create table portal_page (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    -- the address /public/{organization}/page/{slug}
    slug text not null,
    title text not null,
    -- sanitized HTML (jsoup Safelist) and its plain text for the search
    body text not null,
    body_text text not null,
    -- where the menu shows it: 'home' (the intro text of the section's home page), a subsection's id
    -- (PublicSection.id: acts, expertise, …) or 'other' («Иная информация»)
    menu_section text not null,
    position int not null default 0,
    published boolean not null default false,
    version int not null default 1,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    search tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', body_text), 'B')) stored,
    unique (organization_id, slug)
);
create unique index portal_page_home_ux on portal_page (organization_id) where menu_section = 'home';
create index portal_page_search_ix on portal_page using gin (search);

-- every saved state of a page: its versions
create table portal_page_version (
    id bigint generated always as identity primary key,
    page_id bigint not null references portal_page (id) on delete cascade,
    number int not null,
    title text not null,
    body text not null,
    menu_section text not null,
    published boolean not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    unique (page_id, number)
);

create table portal_news (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    title text not null,
    news_date date not null,
    body text not null,
    body_text text not null,
    published boolean not null default false,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    search tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', body_text), 'B')) stored
);
create index portal_news_organization_ix on portal_news (organization_id, news_date desc);
create index portal_news_search_ix on portal_news using gin (search);
