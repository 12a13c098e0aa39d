-- A declaration's check sent to the commission on official conduct (Указ №821 п.16 «а»), once per
-- declaration version, and the commission's decision as it comes back.
alter table declaration
    add column sent_to_commission_on date,
    add column sent_to_commission_by text,
    add column commission_decided_on date,
    add column commission_decision text;
