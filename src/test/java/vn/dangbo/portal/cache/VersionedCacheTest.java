package vn.dangbo.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dangbo.portal.PortalTest;

/** Requests asking at once for a figure that is not cached wait for one computation instead of each starting one. */
@PortalTest
class VersionedCacheTest {

    private static final int REQUESTS = 4;

    @Autowired VersionedCache cache;

    @Test
    void concurrentMissesComputeOnceAndShareTheResult() throws Exception {
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> request = () -> {
            start.await();
            return cache.get("slow figure", List.of("organization"), () -> {
                int run = computations.incrementAndGet();
                sleep(300); // a long count: the other requests arrive while it runs
                return run;
            });
        };
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(pool.submit(request));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(1);
            }
            assertThat(computations).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
