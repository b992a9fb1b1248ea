--liquibase formatted sql

--changeset monchai:011-ordre-du-journal
-- The journal is listed drafts last, the rest by date and register number: that order as an
-- index, so a page is read from it instead of sorting every movement of the domaine each time,
-- and the drafts are counted from it.
create index mouvement_ordre_journal on mouvement (domaine_id, (statut = 'BROUILLON'),
    (case when statut <> 'BROUILLON' then date end), numero, id);
