package com.exemple.boutique;

import fr.monchai.core.MonChai;
import fr.monchai.persistence.Migrations;
import fr.monchai.persistence.StockagePostgres;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Mon Chai inside the shop: its schema migrated at start-up into its own schema of the shop's database, and its
 * calls made on the shop's connections, so that a method annotated {@code @Transactional} commits the shop's rows and
 * Mon Chai's together, or neither.
 */
@Configuration
public class MonChaiConfiguration {

    @Bean
    public MonChai monChai(DataSource dataSource, @Value("${boutique.monchai.schema}") String schema) {
        Migrations.appliquer(dataSource, schema);
        return new MonChai(StockagePostgres.creer(new TransactionAwareDataSourceProxy(dataSource), schema));
    }
}
