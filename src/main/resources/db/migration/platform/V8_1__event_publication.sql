-- The event publication registry of Spring Modulith (schema v2 for PostgreSQL, as shipped in
-- spring-modulith-events-jdbc): an event for another module's @ApplicationModuleListener is written
-- in the transaction that publishes it and completed when the listener has run, so a confirmed
-- finding or a notification sent to the commission is never lost between two modules. Completed
-- publications are deleted (spring.modulith.events.completion-mode=delete).
create table if not exists event_publication (
    id uuid not null primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamptz not null,
    completion_date timestamptz,
    status text,
    completion_attempts int,
    last_resubmission_date timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
