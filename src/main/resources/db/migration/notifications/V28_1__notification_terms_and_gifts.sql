-- Issue 18, item 11. The preliminary review's term runs from receipt (submitted_on: the day the
-- notification arrived — the submission day online, the day entered by the officer on paper);
-- when requests are sent the term becomes 45 days from receipt, extendable once by up to 30 days
-- (Указ №821). Gifts (ПП РФ №10 of 09.01.2014): the handover act of a gift over 3 000 ₽ or of
-- unknown value, the valuation by the commission on receipt and disposal of assets, the buy-back.
alter table notification
    add column requests_sent_on date,
    add column review_extended_on date,
    add column review_extension_reason text,
    add column gift_handover_act text,
    add column gift_handover_on date,
    add column gift_valuation numeric(14, 2),
    add column gift_valued_on date,
    add column gift_buyback_applied_on date,
    add column gift_buyback_sum numeric(14, 2),
    add constraint notification_extension_after_requests check (
        review_extended_on is null or requests_sent_on is not null),
    add constraint notification_valuation_after_handover check (
        gift_valued_on is null or gift_handover_on is not null),
    add constraint notification_buyback_after_valuation check (
        gift_buyback_applied_on is null or gift_valued_on is not null);
