--liquibase formatted sql

--changeset monchai:016-contenances
-- The container sizes a domaine added to the legal ones (a bottle it really uses): bottling, purchases and capsules
-- accept them beside the sizes the law lists.
create table contenance_domaine (
    domaine_id bigint not null references domaine (domaine_id),
    contenance_ml integer not null check (contenance_ml between 10 and 30000),
    primary key (domaine_id, contenance_ml)
);
