--liquibase formatted sql

--changeset monchai:007-dae
-- Wine sent under a DAE names the consignee's excise number, and its discharge is recorded
-- when the receipt comes back: the DRM lists only the DAE not yet discharged.
alter table reference_sortie add column accise_destinataire text;
alter table reference_sortie add column date_apurement date;
alter table commande add column accise_destinataire text;
