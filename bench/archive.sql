-- A realistic archive for bench/run: 100,000 releases over ten years (June 2016 to May 2026, not
-- evenly: the gap between two releases varies), in every category, in English (about 70,000) and
-- Korean (about 30,000; most of them translations of an English release, one story), with titles
-- built from a company's usual words, summaries and bodies of very different lengths (a short
-- notice to a long feature), and a few drafts, ended and trashed releases, as a real newsroom has.
-- Search: "anatomy" is a common word here (every English body speaks of "the anatomy of one
-- patient"), so bench/run's search row (/search?q=anatomy) ranks the newest 1,000 of about 68,000
-- matches; "digital anatomy" is in 1 title in 400.
-- Slugs are archive-1 ... archive-100000; archive-1 is the newest. Ids are given (1,000,000 + n),
-- so that a Korean translation names its English story in the same statement: updating 30,000 rows
-- afterwards would compute their search vectors and trigram index entries a second time.
insert into press_release (id, story_id, translated_from_id, translated_from_revision, slug, language, title, summary, body, body_text, body_html, category_id, status, published_at,
                           ends_at, created_at, updated_at, version)
select 1000000 + n,
       -- Korean releases n = 1, 2 (mod 10) translate the English release n + 2; n = 0 (mod 10) stands alone
       case when n % 10 in (1, 2) then 1000000 + n + 2 when n % 10 in (3, 4) then 1000000 + n end,
       case when n % 10 in (1, 2) then 1000000 + n + 2 end,
       case when n % 10 in (1, 2) then (n + 2) % 4 end,
       'archive-' || n,
       case when n % 10 < 3 then 'ko' else 'en' end,
       case when n % 10 < 3
            then (array['메디컬아이피', '메디컬아이피 AI 연구소', '메딥프로', '딥캐치', '아나트딥'])[1 + n % 5] || ', ' ||
                 (array['서울대병원과 업무협약 체결', '혁신상 대상 수상', '신제품 출시', '국제 학회 발표', '해외 인증 획득',
                        '의료 AI 공동연구 착수', '투자 유치', '디지털 트윈 플랫폼 공개'])[1 + n % 8] ||
                 case when n % 400 = 0 then ' — 디지털 anatomy 교육' else ' ' || (2016 + n % 10) || '년 소식 ' || n end
            else (array['MEDICAL IP', 'MEDICAL IP AI Lab', 'MEDIP PRO', 'DEEP CATCH', 'ANATDEEP'])[1 + n % 5] || ' ' ||
                 (array['signs an MOU with a university hospital', 'wins an innovation award',
                        'launches a new version of its imaging software', 'presents at an international congress',
                        'receives a certification abroad', 'starts joint research on medical AI',
                        'closes a funding round', 'unveils its digital twin platform'])[1 + n % 8] ||
                 case when n % 400 = 0 then ' for digital anatomy education' else ', news ' || n end
       end,
       left(case when n % 10 < 3
                 then '메디컬아이피가 의료 영상 분야의 새 소식을 전합니다. ' || repeat('CT와 MRI 영상을 3D 모델로 바꾸는 기술입니다. ', 1 + n % 9)
                 else 'What this release announces about medical imaging, in a sentence or three for the list. '
                      || repeat('It turns CT and MRI scans into 3D models. ', 1 + n % 9) end, 600),
       b.markdown, b.text, b.html,
       categories.ids[1 + (n * 7 + n / 13) % array_length(categories.ids, 1)],
       case when n % 97 = 37 then 'DRAFT' when n % 89 = 61 then 'ENDED' when n % 83 = 13 then 'TRASHED' else 'PUBLISHED' end,
       case when n % 97 = 37 then null
            else timestamp with time zone '2026-05-31 09:00:00+09' - n * interval '52 minutes' - (n % 17) * interval '3 minutes' end,
       case when n % 97 <> 37 and n % 89 = 61 then timestamp with time zone '2026-05-31 09:00:00+09' - n * interval '50 minutes' end,
       timestamp with time zone '2026-05-31 00:00:00+00' - n * interval '53 minutes',
       timestamp with time zone '2026-05-31 00:00:00+00' - n * interval '52 minutes',
       n % 4
from generate_series(1, 100000) as n,
     (select array_agg(id order by id) as ids from category) as categories,
     lateral (select case when n % 10 < 3
                          then repeat('메디컬아이피는 서울대학교병원에서 시작한 의료 영상 기업으로, 인체의 디지털 트윈을 만듭니다. ', 2 + n % 25)
                          else repeat('Segmentation, surgical planning and education: the imaging software turns a scan into '
                                      || 'a digital twin of the anatomy of one patient, ready in minutes. ', 2 + (n * 31) % 60)
                     end as paragraph) as p,
     lateral (select p.paragraph || E'\n\n' || p.paragraph as markdown,
                     p.paragraph || ' ' || p.paragraph as text,
                     '<p>' || p.paragraph || '</p>' || E'\n' || '<p>' || p.paragraph || '</p>' as html) as b;

analyze press_release;
