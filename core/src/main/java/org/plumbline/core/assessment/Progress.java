package org.plumbline.core.assessment;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Receives progress of a long assessment. Called from worker threads: implementations must be
 * thread-safe and quick.
 */
@FunctionalInterface
public interface Progress {
    /** No reporting. */
    Progress NONE = (stage, done, total) -> {
    };

    /**
     * @param stage what is being done ("trajectories", "engagements", "margins")
     * @param done  units done so far in this stage
     * @param total units known so far in this stage
     */
    void update(String stage, long done, long total);

    /** A thread-safe counter for one stage. */
    final class Counter {
        private final Progress progress;
        private final String stage;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();

        Counter(Progress progress, String stage) {
            this.progress = progress;
            this.stage = stage;
        }

        void addTotal(long n) {
            total.addAndGet(n);
            progress.update(stage, done.get(), total.get());
        }

        void add(long n) {
            progress.update(stage, done.addAndGet(n), total.get());
        }
    }
}
