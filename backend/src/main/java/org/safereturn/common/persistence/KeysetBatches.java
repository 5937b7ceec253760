package org.safereturn.common.persistence;

import java.util.UUID;
import java.util.function.Function;

/**
 * Works through rows in batches by id (keyset: each batch starts after the last id of the one
 * before), each batch its own transaction, until a batch finds no row; a row a batch skips (it
 * could not be done) is not met again.
 */
public final class KeysetBatches {
    /** What one batch saw, how many rows it did, and the last id it saw. */
    public record Batch(int seen, int done, UUID last) {}

    private KeysetBatches() {}

    /** Runs {@code batch} from the lowest id on until it sees nothing; answers the rows done. */
    public static int untilDone(Function<UUID, Batch> batch) {
        int done = 0;
        for (Batch b = batch.apply(new UUID(0, 0)); b.seen() > 0; b = batch.apply(b.last())) {
            done += b.done();
        }
        return done;
    }
}
