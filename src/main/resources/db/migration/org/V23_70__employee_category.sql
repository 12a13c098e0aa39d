-- The category of an employee (DOMAIN.md «Who is who»): the rules differ by it, e.g. the filing
-- regime of declarations since 1 January 2026 (docs/declarations.md «The filing regime»).
-- Null: not stated yet (the registry's people before this column).
alter table employee add column category text
    check (category in ('MUNICIPAL_SERVANT', 'MUNICIPAL_POST', 'INSTITUTION_HEAD', 'REGIONAL_CIVIL_SERVANT',
                        'REGIONAL_POST', 'OTHER'));
