--liquibase formatted sql

--changeset monchai:015-personnes
-- A person is an e-mail address (kept lower-cased) with one password for every domaine it
-- belongs to, the moment it proved the address (a sign-up confirmed, an invitation accepted, a
-- password reset by link) and the domaine it last chose. Accounts of an earlier version are
-- carried over unproven: they prove their address at their next log-in. A person, a link sent
-- by mail and the outbox are not a domaine's data: with Citus they are reference tables, copied
-- to every node, the only tables without domaine_id (SchemaTest lists them).
create table personne (
    email text not null primary key,
    mot_de_passe text,
    verifiee_le timestamptz,
    domaine_prefere bigint,
    cree_le timestamptz not null default now()
);
insert into personne (email, mot_de_passe)
select distinct on (lower(email)) lower(email), mot_de_passe from utilisateur order by lower(email), domaine_id, id;

-- A membership is ACTIF, or INVITE until the invited person accepts it by the link mailed to them.
alter table utilisateur add column statut text not null default 'ACTIF';
alter table utilisateur add column invite_le timestamptz;
alter table utilisateur drop column mot_de_passe;
alter table utilisateur add constraint utilisateur_statut check (statut in ('ACTIF', 'INVITE'));

-- A link mailed to a person: only the SHA-256 of its secret is kept; it is used once, before it expires.
-- A sign-up's link carries what the person typed (the domaine's name, their name, their password's hash):
-- nothing exists before the address is proven.
create table lien_courriel (
    empreinte text not null primary key,
    objet text not null check (objet in ('INSCRIPTION', 'INVITATION', 'REINITIALISATION')),
    email text not null,
    domaine_id bigint,
    utilisateur_id bigint,
    nom_domaine text,
    nom text,
    mot_de_passe text,
    cree_le timestamptz not null,
    expire timestamptz not null,
    utilise_le timestamptz
);
create index lien_courriel_email on lien_courriel (lower(email));

-- The mails of a server with no SMTP server configured (a local run): the log shows them too.
create table courrier_sortant (
    id bigserial primary key,
    destinataire text not null,
    sujet text not null,
    texte text not null,
    cree_le timestamptz not null default now()
);

--changeset monchai:015-sessions-et-jetons
-- A session ends after a while without use or, whatever its use, a fixed time after it opened.
-- The sessions opened before accounts proved their address end: everyone logs in again.
delete from session_web;
alter table session_web add column cree_le timestamptz not null default now();
-- API tokens are listed and revoked by id, and expire.
alter table jeton_api add column id bigint;
update jeton_api set id = nextval('monchai_id');
alter table jeton_api alter column id set not null;
alter table jeton_api add constraint jeton_api_domaine_id_id_key unique (domaine_id, id);
alter table jeton_api add column cree_le timestamptz not null default now();
alter table jeton_api add column expire timestamptz not null default now() + interval '90 days';
alter table jeton_api alter column expire drop default;

--changeset monchai:015-idempotence-par-personne
-- An idempotency key belongs to the member who sent it (another member's same key is another request),
-- and an answer carrying a secret is never kept: the tokens a creation answered are forgotten.
delete from idempotence where requete like 'POST /api/jetons %';
alter table idempotence add column utilisateur_id bigint not null default 0;
alter table idempotence alter column utilisateur_id drop default;
alter table idempotence drop constraint idempotence_pkey;
alter table idempotence add primary key (domaine_id, utilisateur_id, cle);
