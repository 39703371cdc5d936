-- A team's book for the manager benchmark (bench/manager.cjs), on a seeded
-- database (`FIELDBOOK_SEED=1`): `scale` × (5 reps, 2,000 companies, 4,000
-- contacts, 3,000 deals, 10,000 activities): 19,000 records at scale 1,
-- 190,000 at scale 10. Two years of history: 40 % of the deals open, the
-- rest closed over two years; a fifth of the activities planned, the rest
-- done over two years. Written in transactions of 5,000 rows, as bulk work
-- must be (README, "Sync protocol"), so devices page through it.
--
--   psql -v scale=10 -f bench/team-book.sql
create or replace procedure bench_team_book(scale int) language plpgsql as $$
declare
  p uuid := (select id from pipelines order by position, name limit 1);
  hash text := (select password_hash from users where email = 'ana@fieldbook.test');
  batch constant int := 5000;
  n int;
begin
  insert into users (id, email, name, role, password_hash)
  select gen_random_uuid(), 'team' || g || '@bench.test', 'Team rep ' || g, 'rep', hash
    from generate_series(1, 5 * scale) g;
  create table bench_reps as
    select id, row_number() over (order by email) - 1 as n from users where email like 'team%@bench.test';
  commit;

  n := 2000 * scale;
  for start in 0..n - 1 by batch loop
    insert into companies (id, name, industry, phone, address, owner_id)
    select gen_random_uuid(), 'Team customer ' || g,
           (array['Retail', 'Food service', 'Logistics', 'Manufacturing', 'Hospitality'])[1 + g % 5],
           '+371 2' || lpad(g::text, 7, '0'), 'Iela ' || (g % 200) || ', Rīga', r.id
      from generate_series(start, least(start + batch, n) - 1) g
      join bench_reps r on r.n = g % (5 * scale);
    commit;
  end loop;
  create table bench_companies as
    select id, owner_id, row_number() over (order by name) - 1 as n
      from companies where name like 'Team customer %';
  create index on bench_companies (n);
  commit;

  n := 4000 * scale;
  for start in 0..n - 1 by batch loop
    insert into contacts (id, company_id, name, email, phone, owner_id)
    select gen_random_uuid(), c.id, 'Team contact ' || g, 'person' || g || '@customer.example',
           '+371 2' || lpad((g * 7)::text, 7, '0'), c.owner_id
      from generate_series(start, least(start + batch, n) - 1) g
      join bench_companies c on c.n = g % (2000 * scale);
    commit;
  end loop;

  n := 3000 * scale;
  for start in 0..n - 1 by batch loop
    insert into deals (id, title, company_id, owner_id, pipeline_id, stage_id, value_cents,
                       close_date, status, lost_reason, position, stage_entered_at, closed_at)
    select gen_random_uuid(), 'Team deal ' || g, c.id, c.owner_id, p, st.id, (g % 100 + 1) * 100000,
           current_date + g % 90,
           case when g % 10 < 4 then 'open' when g % 2 = 0 then 'won' else 'lost' end,
           case when g % 10 >= 4 and g % 2 = 1 then 'Price' else '' end,
           g * 1024, now() - make_interval(days => g % 20),
           case when g % 10 >= 4 then now() - make_interval(days => g % 730) end
      from generate_series(start, least(start + batch, n) - 1) g
      join bench_companies c on c.n = (g * 7) % (2000 * scale)
      join stages st on st.pipeline_id = p and st.position = g % 5;
    commit;
  end loop;

  n := 10000 * scale;
  for start in 0..n - 1 by batch loop
    insert into activities (id, kind, subject, body, company_id, owner_id, due_on, done_at, created_by)
    select gen_random_uuid(), (array['call', 'visit', 'meeting', 'task'])[1 + g % 4],
           'Team follow-up ' || g, 'Talked about the order and the delivery.', c.id, c.owner_id,
           case when g % 5 = 0 then current_date + (g % 30) - 5 end,
           case when g % 5 <> 0 then now() - make_interval(days => g % 730) end,
           c.owner_id
      from generate_series(start, least(start + batch, n) - 1) g
      join bench_companies c on c.n = (g * 3) % (2000 * scale);
    commit;
  end loop;
  drop table bench_reps;
  drop table bench_companies;
end $$;

call bench_team_book(:scale);
drop procedure bench_team_book(int);
