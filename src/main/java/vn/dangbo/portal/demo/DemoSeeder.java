package vn.dangbo.portal.demo;

import java.time.LocalDate;

/**
 * A feature's part of the demo data (pledges, ratings, congresses …). {@link DemoBlocLoader} calls every
 * seeder, in {@code @Order}, right after the bloc and its members are in, in the same transaction.
 * Seeders write with plain SQL (batches or {@code generate_series}), use their own fixed random seed,
 * and lay dates out relative to {@code today}.
 */
interface DemoSeeder {

    void seed(LocalDate today);
}
