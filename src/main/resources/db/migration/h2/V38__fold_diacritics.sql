-- Issue 23: search folds diacritics ("osaka" finds "Ōsaka"), as PostgreSQL's migration of the same
-- version does with unaccent.
create alias newsroom_fold deterministic for 'db.migration.h2.Fold.fold';
