--liquibase formatted sql

--changeset monchai:009-acheteur
-- A sale to another bonded warehouse outside an interprofession contract names its buyer and
-- its price per hectolitre: the portals' DRM files carry them.
alter table reference_sortie add column nom_acheteur text;
alter table reference_sortie add column prix_hl numeric(11, 2);
