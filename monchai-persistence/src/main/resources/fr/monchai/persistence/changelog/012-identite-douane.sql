--liquibase formatted sql

-- A fiscal product's customs identity beyond its names: the INAO code from the interprofession's
-- catalogue (empty when not known here: the DRM plugin looks it up), the alcoholic strength a VDN
-- or VDL declares, and whether it is a premix. Existing lots keep « not known ».

--changeset monchai:012-identite-douane
alter table lot add column code_inao text not null default '',
    add column tav numeric check (tav > 0.5 and tav < 100),
    add column premix boolean not null default false;
alter table bouteille_lot add column code_inao text not null default '',
    add column tav numeric check (tav > 0.5 and tav < 100),
    add column premix boolean not null default false;
