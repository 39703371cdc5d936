-- Company names clash whatever their case, in every alphabet: "RĪGAS ŪDENS"
-- is "Rīgas ūdens". Plain lower() folds ASCII only under the C locale, so the
-- key lowers with ICU's root locale, as the device's `name_key` does.
--
-- Names that clash only now (they differed in the case of a non-ASCII
-- letter) keep their records: the later ones get a number, which the field
-- history keeps like any rename.
update companies c
   set name = c.name || ' (' || d.n || ')'
  from (select id,
               row_number() over (partition by lower(btrim(name) collate "und-x-icu")
                                  order by created_at, id) - 1 as n
          from companies
         where archived_at is null) d
 where d.id = c.id and d.n > 0;

drop index companies_name_key;
create unique index companies_name_key
    on companies (lower(btrim(name) collate "und-x-icu")) where archived_at is null;
