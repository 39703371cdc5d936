-- A 20,000-record book for the search benchmark (bench/search.cjs): Ana, a
-- demo rep, gets 4,000 more customers, 6,000 contacts, 4,000 deals and
-- 6,000 activities, with phone numbers, tags, addresses and notes like a real
-- book's. Run on a seeded database (`FIELDBOOK_SEED=1`); run it once.
do $$
declare
  ana uuid := (select id from users where email = 'ana@fieldbook.test');
  p uuid := (select id from pipelines order by position, name limit 1);
  words text[] := array['pump', 'chiller', 'pallet', 'wrapper', 'quote', 'invoice', 'visit',
                        'order', 'spring', 'delivery', 'service', 'contract', 'price', 'fleet',
                        'warehouse', 'bakery', 'dairy', 'cooling', 'install', 'repair'];
  towns text[] := array['Rīga', 'Lisboa', 'Porto', 'Tartu', 'Kaunas', 'Berlin', 'Cape Town',
                        'Shanghai', 'Tallinn', 'Jūrmala'];
begin
  insert into companies (id, name, industry, tags, address, phone, website, owner_id,
                         created_at, updated_at)
  select gen_random_uuid(),
         'Bench ' || words[1 + g % 20] || ' ' || towns[1 + g % 10] || ' ' || g,
         (array['Retail', 'Food service', 'Logistics', 'Manufacturing', 'Hospitality'])[1 + g % 5],
         array['tag' || (g % 40), words[1 + (g / 7) % 20]],
         'Iela ' || (g % 200) || ', ' || towns[1 + g % 10],
         '+371 2' || substr(lpad(g::text, 7, '0'), 1, 1) || ' ' || substr(lpad(g::text, 7, '0'), 2, 3)
           || ' ' || substr(lpad(g::text, 7, '0'), 5, 3),
         'bench' || g || '.example',
         ana, now() - make_interval(mins => g), now() - make_interval(mins => g)
    from generate_series(1, 4000) g;

  create temporary table bench_companies on commit drop as
    select id, row_number() over (order by name) as n
      from companies where owner_id = ana and name like 'Bench %';

  insert into contacts (id, company_id, name, email, phone, owner_id, created_at, updated_at)
  select gen_random_uuid(), c.id,
         (array['Zane', 'Jānis', 'Ana', 'Rui', 'Mart', 'Lina', 'Wei', 'Thabo'])[1 + g % 8] || ' '
           || (array['Ozola', 'Bērziņš', 'Silva', 'Tamm', 'Li', 'Nkosi'])[1 + g % 6] || ' ' || g,
         'person' || g || '@bench' || c.n || '.example',
         '+371 2' || lpad((g * 7)::text, 7, '0'),
         ana, now() - make_interval(mins => g), now() - make_interval(mins => g)
    from generate_series(1, 6000) g
    join bench_companies c on c.n = 1 + g % 4000;

  insert into deals (id, title, company_id, owner_id, pipeline_id, stage_id, value_cents,
                     close_date, position, stage_entered_at, created_at, updated_at)
  select gen_random_uuid(), initcap(words[1 + g % 20]) || ' ' || words[1 + (g / 20) % 20] || ' ' || g,
         c.id, ana, p, st.id, (g % 100 + 1) * 10000, current_date + g % 90, g * 1024,
         now(), now() - make_interval(mins => g), now() - make_interval(mins => g)
    from generate_series(1, 4000) g
    join bench_companies c on c.n = 1 + (g * 3) % 4000
    join stages st on st.pipeline_id = p
                  and st.position = (select min(position) from stages where pipeline_id = p);

  insert into activities (id, kind, subject, body, company_id, owner_id, done_at, created_by,
                          created_at, updated_at)
  select gen_random_uuid(), (array['call', 'visit', 'meeting', 'note'])[1 + g % 4],
         initcap(words[1 + g % 20]) || ' follow-up ' || g,
         'Talked about the ' || words[1 + (g / 3) % 20] || ' and the ' || words[1 + (g / 11) % 20]
           || '; they want a ' || words[1 + (g / 13) % 20] || ' before the end of the month.',
         c.id, ana, now() - make_interval(hours => g), ana,
         now() - make_interval(hours => g), now() - make_interval(hours => g)
    from generate_series(1, 6000) g
    join bench_companies c on c.n = 1 + (g * 5) % 4000;
end $$;
