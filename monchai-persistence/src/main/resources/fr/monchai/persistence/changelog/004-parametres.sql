--liquibase formatted sql

--changeset monchai:004-parametres
-- A domaine's identity on its documents (seller block of invoices, declarant of the DRM), as JSON.
create table parametres_domaine (
    domaine_id bigint not null references domaine (domaine_id),
    contenu text not null,
    primary key (domaine_id)
);
