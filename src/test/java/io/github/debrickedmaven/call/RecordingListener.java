package io.github.debrickedmaven.call;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a {@link RequestRunner} reports, for assertions. */
final class RecordingListener implements RunListener {

    final List<String> log = new ArrayList<>();
    final Map<String, String> extracted = new LinkedHashMap<>();

    @Override
    public void done(CallResult result) {
        log.add(result.summary());
    }

    @Override
    public void polling(String message) {
        log.add(message);
    }

    @Override
    public void extracted(String id, String name, String value) {
        extracted.put(id + "." + name, value);
    }
}
