--liquibase formatted sql

-- What a capsule closes (a bottle or a BIB: a 1.5 l BIB and a magnum have the same size) and the
-- colour printed on it, when the estate keeps its colours apart. Existing movements keep what was
-- deduced from their size until now: a BIB above 2 l.

--changeset monchai:013-contenant-des-capsules
alter table mouvement_crd add column contenant text not null default 'BOUTEILLE' check (contenant in ('BOUTEILLE', 'BIB')),
    add column couleur text check (couleur in ('VERT', 'BLEU', 'LIE_DE_VIN'));
update mouvement_crd set contenant = 'BIB' where contenance_ml > 2000;
