--liquibase formatted sql

--changeset monchai:003-ventes
create table client (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    type text not null,
    nom text not null,
    facturation_rue text not null,
    facturation_code_postal text not null,
    facturation_ville text not null,
    facturation_pays text not null,
    livraison_rue text,
    livraison_code_postal text,
    livraison_ville text,
    livraison_pays text,
    siren text,
    siret text,
    numero_tva text,
    adresse_electronique text,
    email text,
    primary key (domaine_id, id)
);

create table produit (
    domaine_id bigint not null,
    id bigint not null,
    bouteille_lot_id bigint not null,
    sku text not null,
    nom text not null,
    prix numeric not null check (prix > 0),
    base text not null,
    taux_tva numeric not null,
    appellation text not null,
    millesime integer,
    contenance_ml integer not null,
    degre numeric not null,
    primary key (domaine_id, id),
    unique (domaine_id, sku),
    unique (domaine_id, bouteille_lot_id),
    foreign key (domaine_id, bouteille_lot_id) references bouteille_lot (domaine_id, id)
);

create table commande (
    domaine_id bigint not null,
    id bigint not null,
    client_id bigint not null,
    date date not null,
    destination text not null,
    pays text,
    numero_document text,
    numero_contrat text,
    reference_client text not null,
    statut text not null,
    primary key (domaine_id, id),
    foreign key (domaine_id, client_id) references client (domaine_id, id)
);

create table ligne_commande (
    domaine_id bigint not null,
    commande_id bigint not null,
    rang integer not null,
    produit_id bigint not null,
    quantite bigint not null check (quantite > 0),
    prix_unitaire numeric not null check (prix_unitaire >= 0),
    primary key (domaine_id, commande_id, rang),
    foreign key (domaine_id, commande_id) references commande (domaine_id, id),
    foreign key (domaine_id, produit_id) references produit (domaine_id, id)
);

create table commande_mouvement (
    domaine_id bigint not null,
    commande_id bigint not null,
    rang integer not null,
    mouvement_id bigint not null,
    primary key (domaine_id, commande_id, rang),
    foreign key (domaine_id, commande_id) references commande (domaine_id, id),
    foreign key (domaine_id, mouvement_id) references mouvement (domaine_id, id)
);

create table facture (
    domaine_id bigint not null,
    id bigint not null,
    type text not null,
    numero text,
    client_id bigint not null,
    commande_id bigint,
    facture_origine_id bigint,
    base text not null,
    date_emission date,
    date_livraison date not null,
    echeance date not null,
    statut text not null,
    document_nom text,
    document_type text,
    document bytea,
    document_sha256 text,
    primary key (domaine_id, id),
    unique (domaine_id, numero),
    check ((statut = 'BROUILLON') = (numero is null)),
    check ((numero is null) = (document is null)),
    foreign key (domaine_id, client_id) references client (domaine_id, id),
    foreign key (domaine_id, commande_id) references commande (domaine_id, id),
    foreign key (domaine_id, facture_origine_id) references facture (domaine_id, id)
);

create table ligne_facture (
    domaine_id bigint not null,
    facture_id bigint not null,
    rang integer not null,
    produit_id bigint,
    designation text not null,
    quantite bigint not null,
    prix_unitaire numeric not null,
    taux_tva numeric not null,
    montant numeric not null,
    contenance_ml integer not null,
    degre numeric not null,
    primary key (domaine_id, facture_id, rang),
    foreign key (domaine_id, facture_id) references facture (domaine_id, id)
);

create table paiement (
    domaine_id bigint not null,
    facture_id bigint not null,
    rang integer not null,
    date date not null,
    montant numeric not null check (montant > 0),
    moyen text not null,
    primary key (domaine_id, facture_id, rang),
    foreign key (domaine_id, facture_id) references facture (domaine_id, id)
);

--changeset monchai:003-facture-figee splitStatements:false
-- An issued invoice is frozen: its number, lines, dates and document never change again.
create function facture_figee() returns trigger language plpgsql as $$
begin
    if old.statut <> 'BROUILLON' and (new.numero is distinct from old.numero or new.document is distinct from old.document
            or new.date_emission is distinct from old.date_emission or new.echeance is distinct from old.echeance
            or new.client_id is distinct from old.client_id or new.type is distinct from old.type) then
        raise exception 'facture % émise : elle ne change plus', old.numero using errcode = '23514';
    end if;
    return new;
end
$$;
create trigger facture_figee before update on facture for each row execute function facture_figee();
