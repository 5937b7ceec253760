package org.safereturn.keys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Records of the key rotation API. */
final class KeyDtos {
    private KeyDtos() {}

    @Schema(name = "Reencryption", description = "A run that moves every encrypted value to the current key")
    record JobView(UUID id, @Schema(description = "The key values are moved to") String keyId, ReencryptionJob.Status status,
                   @Schema(description = "Values on an older key when the job started") long rowsTotal,
                   long rowsDone, @Schema(description = "0 to 100") int percent,
                   @Schema(description = "Values moved per second so far") long rowsPerSecond,
                   OffsetDateTime startedAt, OffsetDateTime finishedAt, String startedByName,
                   @Schema(description = "Why it stopped, when FAILED: the column and the error") String failure) {}

    @Schema(name = "ReencryptionList")
    record JobList(@Schema(description = "The id of the key new values are encrypted with") String currentKeyId, List<JobView> items) {}
}
