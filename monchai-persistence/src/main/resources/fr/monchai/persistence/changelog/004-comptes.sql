--liquibase formatted sql

--changeset monchai:004-comptes
-- The SaaS accounts: users of a domaine with their role, browser sessions, integrators' API
-- tokens (only their SHA-256 is kept), and the results of idempotent POSTs.
create table utilisateur (
    domaine_id bigint not null references domaine (domaine_id),
    id bigint not null,
    email text not null,
    nom text not null,
    role text not null,
    mot_de_passe text not null,
    primary key (domaine_id, id)
);
-- Logging in finds a user by e-mail across domaines; the server keeps e-mails unique.
create index utilisateur_email on utilisateur (lower(email));

create table session_web (
    domaine_id bigint not null,
    jeton_sha256 text not null,
    utilisateur_id bigint not null,
    csrf text not null,
    expire timestamptz not null,
    primary key (domaine_id, jeton_sha256),
    foreign key (domaine_id, utilisateur_id) references utilisateur (domaine_id, id)
);

create table jeton_api (
    domaine_id bigint not null,
    jeton_sha256 text not null,
    utilisateur_id bigint not null,
    nom text not null,
    primary key (domaine_id, jeton_sha256),
    foreign key (domaine_id, utilisateur_id) references utilisateur (domaine_id, id)
);

create table idempotence (
    domaine_id bigint not null references domaine (domaine_id),
    cle text not null,
    requete text not null,
    statut integer not null,
    corps text not null,
    primary key (domaine_id, cle)
);
