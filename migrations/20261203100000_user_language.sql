-- The language a user chose for Fieldbook; null follows the browser's
-- languages. A device's own choice (its cookie) still wins on that device.
alter table users add column language text
    check (language in ('en', 'af', 'lv', 'zh-Hans', 'et', 'hi'));
