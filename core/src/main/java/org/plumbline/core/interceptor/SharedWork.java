package org.plumbline.core.interceptor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The index loops of one build that the threads waiting for its result can join: the thread that
 * builds runs its loops one after the other through {@link #forEach}, and a thread that needs the
 * result meanwhile calls {@link #helpUntilFinished}, which takes indices of the loop in progress
 * instead of blocking, and returns when the builder calls {@link #finish}.
 *
 * <p>Why: the assessment evaluates threats on two threads, and both soon need the same reach-table
 * sector of a new interceptor variant (a corner, a margin step). Built under a lock, one thread built
 * it (about 14 ms) while the other waited: 293 sectors in the default run, several seconds of one
 * core idle (JFR's monitor events). Each index writes only its own slots, so the result is the same
 * whichever thread runs which index.
 *
 * <p>Waiting is not interruptible (as the lock it replaces): an interrupt is kept for the caller.
 * A failure of a loop body, on any thread, is thrown to the builder, which must still call
 * {@link #finish} (in a finally block), so that no helper waits forever.
 */
final class SharedWork {
    /** An index loop, run in order by the builder alone. */
    interface Loop {
        void forEach(int n, IntConsumer body);
    }

    /** The plain loop, for builds no other thread waits for. */
    static final Loop SERIAL = (n, body) -> {
        for (int i = 0; i < n; i++) {
            body.accept(i);
        }
    };

    private final Object lock = new Object();
    /** The loop in progress, or null between loops; guarded by lock. */
    private Phase phase;
    /** Whether the build has ended (done or failed); guarded by lock. */
    private boolean finished;

    /** The builder's loops: the calling thread and any helpers run body(i) for i in [0, n), each once. */
    final Loop loop = this::forEach;

    private void forEach(int n, IntConsumer body) {
        Phase p = new Phase(n, body);
        synchronized (lock) {
            phase = p;
            lock.notifyAll();
        }
        p.help();
        p.awaitDone();
        synchronized (lock) {
            phase = null;
        }
        p.rethrow();
    }

    /** Ends the build: the helpers return. */
    void finish() {
        synchronized (lock) {
            finished = true;
            phase = null;
            lock.notifyAll();
        }
    }

    /** Runs indices of the builder's loops until the build has ended. */
    void helpUntilFinished() {
        boolean interrupted = false;
        try {
            while (true) {
                Phase p;
                synchronized (lock) {
                    while (!finished && (phase == null || phase.exhausted())) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (finished) {
                        return;
                    }
                    p = phase;
                }
                p.help();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One loop: indices handed out one by one, counted when done. */
    private static final class Phase {
        private final int n;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        /** The first failure of a body; read after all are done. */
        private volatile Throwable failure;

        Phase(int n, IntConsumer body) {
            this.n = n;
            this.body = body;
        }

        boolean exhausted() {
            return next.get() >= n;
        }

        void help() {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    body.accept(i);
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    }
                }
                if (done.incrementAndGet() == n) {
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }
        }

        /** Waits until every index has run (the builder, after its own share). */
        void awaitDone() {
            boolean interrupted = false;
            synchronized (this) {
                while (done.get() < n) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }
}
