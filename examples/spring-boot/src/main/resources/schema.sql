-- The shop's own table, in its own (public) schema.
create table if not exists panier_paye (panier text primary key, bouteilles bigint not null);
