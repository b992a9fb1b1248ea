--liquibase formatted sql

--changeset monchai:008-documents-nommes
-- A domaine keeps several settings documents, by name: its identity ("parametres") and each
-- DRM plugin's settings ("drm:interloire", with the portal's product catalogue).
alter table parametres_domaine add column nom text not null default 'parametres';
alter table parametres_domaine drop constraint parametres_domaine_pkey;
alter table parametres_domaine add primary key (domaine_id, nom);
alter table parametres_domaine alter column nom drop default;
