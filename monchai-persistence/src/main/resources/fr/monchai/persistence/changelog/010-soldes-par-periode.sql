--liquibase formatted sql

--changeset monchai:010-soldes-par-periode
-- The balance of an account at any date, and its lowest and highest from a date on, without
-- touching the rows after it: a validation dated back no longer rewrites the balance of every
-- later row (a year back was the year's rows of each account, tens of thousands in a busy
-- journal), it rewrites its day's summary, its month's, and the opening balance of each later
-- month. The ecriture rows keep their volume only.
--
-- solde_jour: per account and day, the day's net volume and the lowest and highest running
-- balance after each of its rows, from the day's opening balance.
create table solde_jour (
    domaine_id bigint not null references domaine (domaine_id),
    compte text not null,
    date date not null,
    volume_ml bigint not null,
    bas_ml bigint not null,
    haut_ml bigint not null,
    primary key (domaine_id, compte, date)
);

-- solde_mois: per account and month (its first day), the opening balance, the month's net
-- volume, and the lowest and highest running balance after each of its rows, from the opening.
create table solde_mois (
    domaine_id bigint not null references domaine (domaine_id),
    compte text not null,
    mois date not null,
    debut_ml bigint not null,
    volume_ml bigint not null,
    bas_ml bigint not null,
    haut_ml bigint not null,
    primary key (domaine_id, compte, mois)
);

insert into solde_jour (domaine_id, compte, date, volume_ml, bas_ml, haut_ml)
select domaine_id, compte, date, sum(volume_ml), min(cumul), max(cumul)
from (select domaine_id, compte, date, volume_ml,
             sum(volume_ml) over (partition by domaine_id, compte, date order by numero) as cumul
      from ecriture) e
group by domaine_id, compte, date;

insert into solde_mois (domaine_id, compte, mois, debut_ml, volume_ml, bas_ml, haut_ml)
select domaine_id, compte, mois,
       coalesce(sum(volume) over (partition by domaine_id, compte order by mois
                                  rows between unbounded preceding and 1 preceding), 0),
       volume, bas, haut
from (select domaine_id, compte, mois, sum(volume_ml) as volume, min(avant + bas_ml) as bas, max(avant + haut_ml) as haut
      from (select domaine_id, compte, date_trunc('month', date)::date as mois, volume_ml, bas_ml, haut_ml,
                   coalesce(sum(volume_ml) over (partition by domaine_id, compte, date_trunc('month', date) order by date
                                                 rows between unbounded preceding and 1 preceding), 0) as avant
            from solde_jour) j
      group by domaine_id, compte, mois) m;

alter table ecriture drop column solde_apres_ml;
