package io.keyplan.render;

import io.keyplan.internal.BundledTheme;
import io.keyplan.model.Language;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.MemoryLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A site theme: Pebble templates (each compiled once, here), assets and UI texts. Read from
 * a {@code site-theme/} folder, or from the copy bundled in the jar (classpath
 * {@code keyplan-theme/}) when that folder does not exist. Everything is read into memory
 * when the theme is loaded, so a theme is immutable and safe to share between threads.
 */
public final class Theme {
    public static final String CLASSPATH_PREFIX = BundledTheme.PREFIX;

    /** One file to copy to {@code _site/assets/}: from a folder ({@code file}) or from the jar ({@code bytes}). */
    public record Asset(String path, Path file, byte[] bytes) {}

    private final String origin;
    private final Map<String, PebbleTemplate> templates;
    private final Map<Language, Messages> messages;
    private final List<Asset> assets;
    /** The templates' text, kept for {@link #fingerprint}. */
    private final Map<String, String> sources;

    private String fingerprint;

    private Theme(String origin, Map<String, String> sources, Map<Language, Messages> messages, List<Asset> assets) {
        this.origin = origin;
        this.messages = Map.copyOf(messages);
        this.assets = List.copyOf(assets);
        this.sources = Map.copyOf(sources);
        MemoryLoader loader = new MemoryLoader();
        sources.forEach(loader::addTemplate);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new KeyPlanExtension())
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                // A plain map, no cache library: includes and extends reuse the templates compiled below.
                .templateCache(new ConcurrentMapTemplateCache())
                .build();
        Map<String, PebbleTemplate> compiled = new TreeMap<>();
        for (String name : sources.keySet()) {
            try {
                compiled.put(name, engine.getTemplate(name));
            } catch (PebbleException e) {
                throw new ThemeException(
                        origin + "/templates/" + name,
                        e.getLineNumber() == null ? 0 : e.getLineNumber(),
                        "the template cannot be read: " + e.getPebbleMessage(),
                        "fix the template, or delete the site-theme folder to use the built-in theme",
                        e);
            }
        }
        this.templates = Collections.unmodifiableMap(compiled);
    }

    /** The theme in {@code folder}, or the bundled theme when the folder does not exist. */
    public static Theme load(Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            return fromFolder(folder, folder.toString().replace('\\', '/'));
        }
        return bundled();
    }

    /** How messages name the bundled theme. */
    private static final String BUILT_IN = "(built-in theme)";

    /** The theme bundled in the jar (or on the test classpath). */
    public static Theme bundled() {
        if (!BundledTheme.exists()) {
            throw new ThemeException(
                    BUILT_IN,
                    0,
                    "the built-in site theme is missing from this KeyPlan build",
                    "reinstall KeyPlan, or pass --theme with a site-theme folder");
        }
        try {
            return BundledTheme.open(root -> fromFolder(root, BUILT_IN));
        } catch (IOException e) {
            throw new ThemeException(BUILT_IN, 0, "the built-in site theme cannot be read: " + e.getMessage(), null, e);
        }
    }

    private static Theme fromFolder(Path root, String origin) {
        boolean inJar = !"file".equals(root.getFileSystem().provider().getScheme());
        try {
            Map<String, String> sources = new LinkedHashMap<>();
            for (Path p : files(root.resolve("templates"))) {
                String name = relative(root.resolve("templates"), p);
                if (name.endsWith(".peb")) {
                    sources.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
            if (!sources.containsKey("layout.peb")) {
                throw new ThemeException(
                        origin + "/templates/layout.peb",
                        0,
                        "the theme has no page frame (layout.peb)",
                        "copy it from the built-in theme");
            }
            Map<Language, Messages> messages = new LinkedHashMap<>();
            for (Language language : Language.values()) {
                Map<String, String> texts = new TreeMap<>();
                for (Path p : files(root.resolve("i18n").resolve(language.code()))) {
                    if (p.getFileName().toString().endsWith(".properties")) {
                        Properties props = new Properties();
                        props.load(new StringReader(Files.readString(p, StandardCharsets.UTF_8)));
                        props.forEach((k, v) -> texts.put(String.valueOf(k), String.valueOf(v)));
                    }
                }
                messages.put(language, new Messages(language.code(), texts));
            }
            List<Asset> assets = new ArrayList<>();
            Path assetRoot = root.resolve("assets");
            for (Path p : files(assetRoot)) {
                String path = "assets/" + relative(assetRoot, p);
                assets.add(inJar ? new Asset(path, null, Files.readAllBytes(p)) : new Asset(path, p, null));
            }
            return new Theme(origin, sources, messages, assets);
        } catch (IOException | UncheckedIOException e) {
            throw new ThemeException(origin, 0, "the site theme cannot be read: " + e.getMessage(), null, e);
        }
    }

    /** Regular files under {@code dir} in name order (so copies are deterministic); none when absent. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The digest of everything the theme is: where it came from, every template's text, every
     * language's texts and every asset's bytes (pages inline some), in name order. Worked out on first use.
     */
    public synchronized String fingerprint() {
        if (fingerprint == null) {
            try {
                java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
                java.util.function.Consumer<String> text = s -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    d.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                    d.update(b);
                };
                text.accept(origin);
                new TreeMap<>(sources).forEach((name, source) -> {
                    text.accept(name);
                    text.accept(source);
                });
                for (Language language : Language.values()) {
                    text.accept(language.code());
                    new TreeMap<>(messages.get(language).texts()).forEach((k, v) -> {
                        text.accept(k);
                        text.accept(v);
                    });
                }
                for (Asset a : assets) {
                    text.accept(a.path());
                    byte[] bytes = a.bytes() != null ? a.bytes() : Files.readAllBytes(a.file());
                    d.update(
                            java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                    d.update(bytes);
                }
                fingerprint = java.util.HexFormat.of().formatHex(d.digest());
            } catch (IOException e) {
                throw new ThemeException(origin, 0, "the site theme cannot be read: " + e.getMessage(), null, e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
        return fingerprint;
    }

    /** Where the theme came from, for messages. */
    public String origin() {
        return origin;
    }

    public boolean hasTemplate(String name) {
        return templates.containsKey(name);
    }

    /** A compiled template by file name under {@code templates/}, e.g. {@code account.peb}. */
    public PebbleTemplate template(String name) {
        PebbleTemplate t = templates.get(name);
        if (t == null) {
            throw new ThemeException(
                    origin + "/templates/" + name,
                    0,
                    "the theme has no template '" + name + "'",
                    "copy it from the built-in theme");
        }
        return t;
    }

    public Messages messages(Language language) {
        return messages.get(language);
    }

    public List<Asset> assets() {
        return assets;
    }

    /** The text of an asset ({@code assets/css/keyplan.css}), or "" when the theme has none. */
    public String assetText(String path) {
        for (Asset a : assets) {
            if (a.path().equals(path)) {
                try {
                    byte[] bytes = a.bytes() != null ? a.bytes() : Files.readAllBytes(a.file());
                    return new String(bytes, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new ThemeException(origin + "/" + path, 0, "cannot be read: " + e.getMessage(), null, e);
                }
            }
        }
        return "";
    }
}
