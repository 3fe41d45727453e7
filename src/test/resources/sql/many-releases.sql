-- 100,000 published releases, one every 50 minutes back from 2026-05-31 (about 9.5 years), spread
-- over the categories, for the query-plan test (ManyReleasesTest) and the benchmark (bench/run).
-- Words are chosen so that search has rare and common terms: "anatomy" is in 1 in 400 releases,
-- "imaging" in every one.
insert into press_release (slug, language, title, summary, body, body_text, body_html, category_id, status, published_at,
                           created_at, updated_at, version)
select 'generated-' || n,
       'en',
       'Generated release ' || n || case when n % 400 = 0 then ' on digital anatomy' else ' on medical imaging' end,
       'What generated release ' || n || ' announces, in one sentence for the list.',
       'Generated release ' || n || ' shows how CT and MRI imaging becomes a 3D model. ' || repeat('Segmentation, planning and education. ', 12),
       'Generated release ' || n || ' shows how CT and MRI imaging becomes a 3D model. ' || repeat('Segmentation, planning and education. ', 12),
       '<p>Generated release ' || n || ' shows how CT and MRI imaging becomes a 3D model. ' || repeat('Segmentation, planning and education. ', 12) || '</p>',
       categories.ids[1 + n % array_length(categories.ids, 1)],
       'PUBLISHED',
       timestamp with time zone '2026-05-31 00:00:00+00' - n * interval '50 minutes',
       timestamp with time zone '2026-05-31 00:00:00+00',
       timestamp with time zone '2026-05-31 00:00:00+00',
       0
from generate_series(1, 100000) as n,
     (select array_agg(id order by id) as ids from category) as categories;

analyze press_release;
