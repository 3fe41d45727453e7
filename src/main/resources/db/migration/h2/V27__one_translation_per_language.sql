-- PostgreSQL keeps one translation per language of a story with an expression index; H2 cannot,
-- and the editor checks it before it makes a translation.
select 1;
