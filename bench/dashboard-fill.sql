-- 200,000 respondents in the open survey, and 60,000 in each of the three quarters before it,
-- spread over every unit and service, each with nine answers; tallies rebuilt from the answers
-- exactly as submissions keep them.
with open_survey as (select id, questionnaire_id from surveys where status = 'open' limit 1)
insert into surveys (slug, name, kind, start_date, end_date, questionnaire_id, status)
select 'bench-q' || n, 'Triwulan bench ' || n, 'triwulan',
  (date '2026-10-01' - (n * 3 || ' months')::interval)::date,
  (date '2026-10-01' - ((n - 1) * 3 || ' months')::interval - interval '1 day')::date,
  open_survey.questionnaire_id, 'closed'
from open_survey, generate_series(1, 3) as n;

create temporary table bench_services as
  select row_number() over (order by id) - 1 as i, id, unit_id from services;

insert into respondents (survey_id, unit_id, service_id, submitted_at, sex, age, education,
  occupation, channel, client_id)
select s.id, bs.unit_id, bs.id,
  greatest(s.start_date::timestamptz, now() - (g % 60 || ' days')::interval),
  (array['laki-laki', 'perempuan'])[1 + g % 2]::sex,
  case when g % 9 = 0 then null else 17 + g % 60 end,
  (array['sd', 'smp', 'sma', 'd1-d3', 'd4-s1', 's2', 's3'])[1 + g % 7]::education,
  (array['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'pelajar-mahasiswa', 'lainnya'])[1 + g % 7]::occupation,
  'qr', gen_random_uuid()
from surveys s
cross join lateral generate_series(1, case when s.status = 'open' then 200000 else 60000 end) as g
join bench_services bs on bs.i = (g * 7919) % (select count(*) from bench_services);

insert into answers (respondent_id, element_code, score)
select r.id, e.code, 1 + ((r.id * 31 + e.position * 17 + r.unit_id) % 100 > 20)::int
  + ((r.id * 13 + e.position * 7) % 100 > 45)::int + ((r.id * 7 + e.position) % 100 > 70)::int
from respondents r
join surveys s on s.id = r.survey_id
join elements e on e.questionnaire_id = s.questionnaire_id;

delete from tallies where true;
insert into tallies (survey_id, unit_id, service_id, element_code, sum, count)
select r.survey_id, r.unit_id, r.service_id, a.element_code, sum(a.score), count(*)
from answers a join respondents r on r.id = a.respondent_id
group by 1, 2, 3, 4;

delete from day_tallies where true;
insert into day_tallies (survey_id, unit_id, service_id, day, element_code, sum, count)
select r.survey_id, r.unit_id, r.service_id, (r.submitted_at at time zone 'Asia/Makassar')::date,
  a.element_code, sum(a.score), count(*)
from answers a join respondents r on r.id = a.respondent_id
group by 1, 2, 3, 4, 5;

delete from day_counts where true;
insert into day_counts (survey_id, unit_id, service_id, day, respondents)
select survey_id, unit_id, service_id, (submitted_at at time zone 'Asia/Makassar')::date, count(*)
from respondents
group by 1, 2, 3, 4;

analyze;
