--liquibase formatted sql

--changeset monchai:006-base-des-lignes
-- An order line says whether its unit price is before VAT (HT) or with VAT (TTC): the
-- product's base when the line was taken, kept even if the product's base changes later.
alter table ligne_commande add column base text;
update ligne_commande l set base = p.base from produit p where p.domaine_id = l.domaine_id and p.id = l.produit_id;
alter table ligne_commande alter column base set not null;
alter table ligne_commande add constraint ligne_commande_base check (base in ('HT', 'TTC'));
