package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.magic.registry.MagicArgsParseException;
import io.github.spencerpark.jupyter.kernel.magic.registry.MagicsArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments a line magic accepts, parsed with basekernel's {@link MagicsArgs}: an optional Java
 * expression (the positional words, joined by spaces), {@code --name VALUE} (or {@code --name=VALUE})
 * options given at most once, and boolean {@code --name} switches. Any mistake becomes a
 * {@link MagicUsageException} that lists the valid options and the usage line.
 */
final class MagicSpec {
    private final String magic;
    private final String usage;
    private final boolean takesExpr;
    private final boolean takesWords;
    private final Map<String, String> keywords;
    private final Map<String, Character> switches;
    private final MagicsArgs schema;

    private MagicSpec(String magic, String usage, boolean takesExpr, boolean takesWords, Map<String, String> keywords,
                      Map<String, Character> switches) {
        this.magic = magic;
        this.usage = usage;
        this.takesExpr = takesExpr;
        this.takesWords = takesWords || takesExpr;
        this.keywords = keywords;
        this.switches = switches;
        MagicsArgs.MagicsArgsBuilder b = MagicsArgs.builder().varargs("words").onlyKnownKeywords().onlyKnownFlags();
        keywords.keySet().forEach(k -> b.keyword(k, MagicsArgs.KeywordSpec.ONCE));
        switches.forEach((name, c) -> b.flag(name, c, "true"));
        this.schema = b.build();
    }

    /** A spec for {@code %magic} with the given usage line, e.g. {@code %hist EXPR [--bins N]}. */
    static Builder of(String magic, String usage) {
        return new Builder(magic, usage);
    }

    /** The magic's name, without the {@code %}. */
    String name() {
        return magic;
    }

    /** The usage line. */
    String usage() {
        return usage;
    }

    /** The options as a user types them, e.g. {@code [--bins N, --log]}. */
    List<String> options() {
        List<String> out = new ArrayList<>();
        keywords.forEach((k, hint) -> out.add("--" + k + " " + hint));
        switches.keySet().forEach(s -> out.add("--" + s));
        return out;
    }

    /** Parses the magic's arguments. */
    Parsed parse(List<String> args) {
        List<String> words = new ArrayList<>(args.size());
        for (String a : args) {
            String name = a.startsWith("--") ? a.substring(2) : null;
            words.add(name != null && switches.containsKey(name) ? "-" + switches.get(name) : a);
        }
        Map<String, List<String>> values;
        try {
            values = schema.parse(words);
        } catch (MagicArgsParseException e) {
            throw error(e.getMessage().replace("a keyword argument", "an option").replace("keyword argument", "option")
                    .replace("flag argument", "flag"));
        }
        List<String> positional = values.getOrDefault("words", List.of());
        if (!takesWords && !positional.isEmpty()) {
            throw error("unexpected argument '" + String.join(" ", positional) + "'.");
        }
        if (takesExpr && positional.isEmpty()) {
            throw error("missing the Java expression (EXPR).");
        }
        return new Parsed(positional, values);
    }

    /** A usage error for this magic: {@code problem}, the valid options and the usage line. */
    MagicUsageException error(String problem) {
        List<String> opts = options();
        return new MagicUsageException("%" + magic + ": " + problem
                + (opts.isEmpty() ? (takesExpr ? " It takes no options." : "")
                        : " Valid options: " + String.join(", ", opts) + ".")
                + " Usage: " + usage);
    }

    /** Parsed arguments: the expression text and the option values. */
    final class Parsed {
        private final List<String> words;
        private final Map<String, List<String>> values;

        private Parsed(List<String> words, Map<String, List<String>> values) {
            this.words = List.copyOf(words);
            this.values = values;
        }

        /** The expression: the positional words joined by single spaces; empty if none. */
        String expr() {
            return String.join(" ", words);
        }

        /** The positional words. */
        List<String> words() {
            return words;
        }

        /** The value of {@code --name}, or null when absent. */
        String keyword(String name) {
            List<String> v = values.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        /** Whether the switch {@code --name} was given. */
        boolean has(String name) {
            List<String> v = values.get(name);
            return v != null && !v.isEmpty();
        }

        /** The integer value of {@code --name} in {@code [min, max]}, or {@code fallback} when absent. */
        int intKeyword(String name, int fallback, int min, int max) {
            String v = keyword(name);
            if (v == null) {
                return fallback;
            }
            int n;
            try {
                n = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw error("--" + name + " expects a whole number but got '" + v + "'.");
            }
            if (n < min || n > max) {
                throw error("--" + name + " must be between " + min + " and " + max + " but got " + n + ".");
            }
            return n;
        }
    }

    /** Builds a spec. */
    static final class Builder {
        private final String magic;
        private final String usage;
        private boolean takesExpr;
        private boolean takesWords;
        private final Map<String, String> keywords = new LinkedHashMap<>();
        private final Map<String, Character> switches = new LinkedHashMap<>();

        private Builder(String magic, String usage) {
            this.magic = magic;
            this.usage = usage;
        }

        /** The magic takes a Java expression: every positional word. */
        Builder expr() {
            takesExpr = true;
            return this;
        }

        /** The magic takes optional positional words (such as {@code threads 4}). */
        Builder words() {
            takesWords = true;
            return this;
        }

        /** An option {@code --name VALUE}; {@code hint} names the value in messages, e.g. {@code N}. */
        Builder keyword(String name, String hint) {
            keywords.put(name, hint);
            return this;
        }

        /** A switch {@code --name}, also accepted as {@code -c}. */
        Builder flag(String name, char shortName) {
            switches.put(name, shortName);
            return this;
        }

        MagicSpec build() {
            return new MagicSpec(magic, usage, takesExpr, takesWords, keywords, switches);
        }
    }
}
