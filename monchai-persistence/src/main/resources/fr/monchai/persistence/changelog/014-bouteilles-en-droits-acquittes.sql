--liquibase formatted sql

-- Bottles bought with their duty paid: held on the DRM's duty-paid stock list, leaving duty-paid only.
-- Existing bouteille lots are under bond.

--changeset monchai:014-bouteilles-en-droits-acquittes
alter table bouteille_lot add column droits_acquittes boolean not null default false;
