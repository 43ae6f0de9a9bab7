package io.github.debrickedmaven.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished scan says: the vulnerability count, each triggered automation rule with its first
 * trigger events, the link to the details, and whether a rule asks to fail or warn the pipeline.
 */
public final class ScanReport {

    /** Trigger events shown per rule; Debricked's page has the rest. */
    static final int EVENTS_SHOWN = 3;

    private final JsonNode result;

    public ScanReport(JsonNode result) {
        this.result = result;
    }

    /** Lines for the build log, in order. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(result.path("vulnerabilitiesFound").asInt(0) + " vulnerabilities found"
                + (result.has("unaffectedVulnerabilitiesFound")
                        ? " (" + result.path("unaffectedVulnerabilitiesFound").asInt() + " marked unaffected)" : "")
                + ".");
        for (JsonNode rule : triggeredRules()) {
            lines.add("Automation rule triggered: " + rule.path("ruleDescription").asText("(no description)")
                    + " [" + String.join(", ", actions(rule)) + "]"
                    + (rule.hasNonNull("ruleLink") ? " " + rule.path("ruleLink").asText() : ""));
            JsonNode events = rule.path("triggerEvents");
            for (int i = 0; i < Math.min(EVENTS_SHOWN, events.size()); i++) {
                lines.add("    " + event(events.get(i)));
            }
            if (events.size() > EVENTS_SHOWN) {
                lines.add("    ... and " + (events.size() - EVENTS_SHOWN) + " more");
            }
        }
        if (result.hasNonNull("detailsUrl")) {
            lines.add("Details: " + result.path("detailsUrl").asText());
        }
        return lines;
    }

    /** Descriptions of triggered rules whose actions hold {@code action} ("failPipeline", "warnPipeline"). */
    public List<String> rulesWith(String action) {
        List<String> rules = new ArrayList<>();
        for (JsonNode rule : triggeredRules()) {
            if (actions(rule).contains(action)) {
                rules.add(rule.path("ruleDescription").asText("(no description)"));
            }
        }
        return rules;
    }

    public String detailsUrl() {
        return result.path("detailsUrl").asText("");
    }

    private List<JsonNode> triggeredRules() {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode rule : result.path("automationRules")) {
            if (rule.path("triggered").asBoolean(false)) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static List<String> actions(JsonNode rule) {
        List<String> actions = new ArrayList<>();
        rule.path("ruleActions").forEach(action -> actions.add(action.asText()));
        return actions;
    }

    private static String event(JsonNode event) {
        StringBuilder text = new StringBuilder(event.path("dependency").asText("?"));
        if (event.hasNonNull("cve")) {
            text.append(": ").append(event.path("cve").asText());
        }
        JsonNode cvss = event.hasNonNull("cvss3") ? event.path("cvss3") : event.path("cvss2");
        if (!cvss.isMissingNode() && !cvss.isNull()) {
            text.append(" (CVSS ").append(cvss.asText()).append(')');
        }
        JsonNode licenses = event.path("licenses");
        if (licenses.isArray() && !licenses.isEmpty()) {
            List<String> names = new ArrayList<>();
            licenses.forEach(l -> names.add(l.asText()));
            text.append(" licenses ").append(String.join(", ", names));
        }
        return text.toString();
    }
}
