package io.github.debrickedmaven.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.debrickedmaven.client.ResponseBody;

/**
 * How a scan ended.
 *
 * @param ciUploadId the upload's id
 * @param status 200 when the scan is done, 201 when Debricked's queue was too long to wait for it
 * @param result the status answer
 * @param body the status answer as received
 */
public record ScanOutcome(String ciUploadId, int status, JsonNode result, ResponseBody body) {

    public boolean queueTooLong() {
        return status == 201;
    }
}
