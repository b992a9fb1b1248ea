--liquibase formatted sql

--changeset monchai:002-declarations
create table mouvement_crd (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    date date not null,
    categorie text not null,
    type_capsule text not null,
    contenance_ml integer not null check (contenance_ml > 0),
    nature text not null,
    quantite bigint not null check (quantite > 0),
    observation text not null,
    primary key (domaine_id, id)
);
create index mouvement_crd_date on mouvement_crd (domaine_id, date, id);

create table reference_sortie (
    domaine_id bigint not null,
    mouvement_id bigint not null,
    pays text,
    numero_document text,
    numero_contrat text,
    primary key (domaine_id, mouvement_id),
    foreign key (domaine_id, mouvement_id) references mouvement (domaine_id, id) on delete cascade
);

create table export_declaration (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    periode date not null,
    plugin text not null,
    definitif boolean not null,
    auteur text not null,
    date timestamptz not null,
    primary key (domaine_id, id)
);

create table artefact_declaration (
    domaine_id bigint not null,
    export_id bigint not null,
    rang integer not null,
    nom text not null,
    type_media text not null,
    contenu bytea not null,
    sha256 text not null,
    primary key (domaine_id, export_id, rang),
    foreign key (domaine_id, export_id) references export_declaration (domaine_id, id)
);
