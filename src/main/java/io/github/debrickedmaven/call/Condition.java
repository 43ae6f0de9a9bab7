package io.github.debrickedmaven.call;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test over a JSON response: {@code POINTER OP VALUE} with OP one of {@code == != > >= < <=},
 * or {@code POINTER exists}, or {@code POINTER missing}. POINTER is a JSON Pointer (RFC 6901).
 * Numbers compare as numbers, anything else as text; VALUE may be quoted with {@code "}.
 */
public final class Condition {

    private static final Pattern FORM = Pattern.compile(
            "\\s*(\\S*)\\s+(?:(exists|missing)|(==|!=|>=|<=|>|<)\\s*(.*?))\\s*");

    private final String text;
    private final JsonPointer pointer;
    private final String operator;
    private final String value;

    private Condition(String text, JsonPointer pointer, String operator, String value) {
        this.text = text;
        this.pointer = pointer;
        this.operator = operator;
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the condition
     */
    public static Condition parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a condition: write POINTER OP VALUE with OP one"
                    + " of == != > >= < <=, or POINTER exists, or POINTER missing (for example /progress == 100)");
        }
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + m.group(1) + "' in '" + text + "' is not a JSON Pointer: it must"
                    + " start with /, like /automationsAction");
        }
        if (m.group(2) != null) {
            return new Condition(text.strip(), pointer, m.group(2), null);
        }
        String value = m.group(4);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no value after " + m.group(3));
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return new Condition(text.strip(), pointer, m.group(3), value);
    }

    /** What the pointer finds in {@code json}, as text for messages: "missing" when nothing. */
    public String found(JsonNode json) {
        JsonNode node = json.at(pointer);
        return node.isMissingNode() ? "missing" : node.isValueNode() ? node.asText() : node.toString();
    }

    public boolean holds(JsonNode json) {
        JsonNode node = json.at(pointer);
        switch (operator) {
            case "exists":
                return !node.isMissingNode();
            case "missing":
                return node.isMissingNode();
            default:
                if (node.isMissingNode()) {
                    return false;
                }
                int comparison = compare(node, value);
                return switch (operator) {
                    case "==" -> comparison == 0;
                    case "!=" -> comparison != 0;
                    case ">" -> comparison > 0;
                    case ">=" -> comparison >= 0;
                    case "<" -> comparison < 0;
                    default -> comparison <= 0;
                };
        }
    }

    private static int compare(JsonNode node, String value) {
        String actual = node.isValueNode() ? node.asText() : node.toString();
        BigDecimal left = number(actual);
        BigDecimal right = number(value);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return actual.compareTo(value);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
