--liquibase formatted sql

--changeset monchai:005-adhesions
-- One person (an e-mail address) may belong to several domaines: one utilisateur row per
-- membership, all sharing the person's password hash. An address is a member of a domaine once.
create unique index utilisateur_domaine_email on utilisateur (domaine_id, lower(email));
