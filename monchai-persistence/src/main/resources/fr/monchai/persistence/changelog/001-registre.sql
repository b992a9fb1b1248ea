--liquibase formatted sql

-- Every table carries domaine_id in its primary key, unique keys and foreign keys, so that
-- a domaine's rows can be sharded together (Citus). A landed changeset is never edited.

--changeset monchai:001-registre
create sequence monchai_id;

create table domaine (
    domaine_id bigint primary key,
    nom text not null
);

create table parcelle (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    nom text not null,
    cepage text not null,
    surface_ha numeric not null check (surface_ha > 0),
    lat numeric,
    lng numeric,
    annee_plantation integer,
    primary key (domaine_id, id)
);

create table cuve (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    nom text not null,
    capacite_ml bigint not null check (capacite_ml > 0),
    materiau text not null,
    primary key (domaine_id, id)
);

create table lot (
    domaine_id bigint not null,
    id bigint not null,
    cuve_id bigint not null,
    reference text not null,
    certification text not null,
    genre text not null,
    appellation text not null,
    mention text not null,
    lieu text not null,
    couleur text not null,
    cepage text not null,
    libelle_douane text not null,
    primary key (domaine_id, id),
    foreign key (domaine_id, cuve_id) references cuve (domaine_id, id)
);

create table bouteille_lot (
    domaine_id bigint not null,
    id bigint not null,
    source_lot_id bigint,
    nb_bouteilles bigint not null check (nb_bouteilles > 0),
    contenance_ml integer not null check (contenance_ml > 0),
    date date not null,
    reference text not null,
    certification text not null,
    genre text not null,
    appellation text not null,
    mention text not null,
    lieu text not null,
    couleur text not null,
    cepage text not null,
    libelle_douane text not null,
    primary key (domaine_id, id),
    foreign key (domaine_id, source_lot_id) references lot (domaine_id, id)
);

create table mouvement (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    type text not null,
    date date not null,
    statut text not null check (statut in ('BROUILLON', 'VALIDE', 'VERROUILLE')),
    numero bigint,
    commentaire text not null,
    destination text,
    apport boolean not null,
    apport_millesime integer,
    apport_cepage text,
    apport_parcelle_id bigint,
    apport_appellation text,
    contre_passe bigint,
    primary key (domaine_id, id),
    unique (domaine_id, numero),
    check ((statut = 'BROUILLON') = (numero is null)),
    foreign key (domaine_id, contre_passe) references mouvement (domaine_id, id)
);
create index mouvement_position on mouvement (domaine_id, date, numero);

create table ligne_mouvement (
    domaine_id bigint not null,
    mouvement_id bigint not null,
    rang integer not null,
    compte text not null,
    volume_ml bigint not null check (volume_ml <> 0),
    primary key (domaine_id, mouvement_id, rang),
    foreign key (domaine_id, mouvement_id) references mouvement (domaine_id, id) on delete cascade
);
create index ligne_mouvement_compte on ligne_mouvement (domaine_id, compte);

create table vendange (
    domaine_id bigint not null,
    id bigint not null,
    parcelle_id bigint not null,
    date date not null,
    volume_ml bigint not null check (volume_ml > 0),
    dechets_ml bigint not null check (dechets_ml >= 0),
    mouvement_id bigint,
    primary key (domaine_id, id),
    foreign key (domaine_id, parcelle_id) references parcelle (domaine_id, id),
    -- Deferred: deleting a draft clears its vendange's link in the same transaction.
    foreign key (domaine_id, mouvement_id) references mouvement (domaine_id, id) deferrable initially deferred
);

-- One row per validated movement and account (and per cuve, as 'cuve:<id>'), with the
-- balance after it: a balance at any date is one index probe.
create table ecriture (
    domaine_id bigint not null,
    compte text not null,
    date date not null,
    numero bigint not null,
    mouvement_id bigint not null,
    volume_ml bigint not null,
    solde_apres_ml bigint not null,
    primary key (domaine_id, compte, date, numero),
    foreign key (domaine_id, mouvement_id) references mouvement (domaine_id, id)
);

-- The balance now of each account (and cuve), updated with the ledger lines; validations
-- lock these rows in key order.
create table compte_solde (
    domaine_id bigint not null references domaine (domaine_id),
    compte text not null,
    solde_ml bigint not null,
    primary key (domaine_id, compte)
);

create table compteur (
    domaine_id bigint not null references domaine (domaine_id),
    serie text not null,
    valeur bigint not null,
    primary key (domaine_id, serie)
);

create table periode_verrouillee (
    domaine_id bigint not null references domaine (domaine_id),
    mois date not null,
    primary key (domaine_id, mois)
);
