package io.keyplan.publish;

import io.keyplan.diagnostic.Diagnostics;
import io.keyplan.internal.BundledTheme;
import io.keyplan.model.SourceSpan;
import io.keyplan.site.SitePaths;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.configuration2.BaseConfiguration;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Copies the theme's {@code assets/} to {@code <site>/assets/}. A theme folder is copied with
 * jbake's {@link Asset} copier (hidden files skipped, {@code .jbakeignore} honoured);
 * the theme bundled in the jar ({@code keyplan-theme/} on the classpath) is read through the
 * jar's own file system, because jbake works on {@link File}s only.
 */
public final class ThemeAssets {
    /** Where the theme bundled in the jar lives on the classpath. */
    public static final String BUNDLED_THEME = BundledTheme.PREFIX;

    private ThemeAssets() {}

    /** @param themeDir the theme folder; when it does not exist, the bundled theme is used */
    public static void copy(Path themeDir, Path siteRoot, Diagnostics diagnostics) {
        if (Files.isDirectory(themeDir)) {
            copyFolder(themeDir, siteRoot, diagnostics);
        } else {
            copyBundled(siteRoot);
        }
    }

    static void copyFolder(Path themeDir, Path siteRoot, Diagnostics diagnostics) {
        Path assets = themeDir.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        // jbake follows symbolic links; a link in a theme could publish any file of the machine.
        List<Path> links = symbolicLinks(assets);
        if (!links.isEmpty()) {
            for (Path link : links) {
                diagnostics.error(
                        SourceSpan.file(slashes(link)),
                        "symlink",
                        "the theme asset is a symbolic link; links are not published",
                        "replace the link with a copy of the file");
            }
            return;
        }
        try {
            Path target = siteRoot.resolve("assets");
            Files.createDirectories(target);
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(themeDir.toFile(), target.toFile(), assetSettings(), false);
            Asset asset = new Asset(config);
            asset.copy(assets.toFile());
            if (!asset.getErrors().isEmpty()) {
                Throwable first = asset.getErrors().get(0);
                throw new UncheckedIOException(
                        "cannot copy the theme assets: " + first.getMessage(),
                        first instanceof IOException io ? io : new IOException(first));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the theme assets", e);
        } catch (org.jbake.app.JBakeException e) {
            throw new IllegalStateException("cannot configure the asset copier: " + e.getMessage(), e);
        }
    }

    /**
     * Only the settings the Asset copier reads. jbake's own loader (ConfigUtil) needs
     * commons-beanutils, which the pom excludes; and its default copies hidden files.
     */
    private static CompositeConfiguration assetSettings() {
        BaseConfiguration base = new BaseConfiguration();
        base.setProperty("asset.folder", "assets");
        // Read by the configuration's path set-up, though the Asset copier never uses them.
        base.setProperty("destination.folder", "output");
        base.setProperty("template.folder", "templates");
        base.setProperty("content.folder", "content");
        base.setProperty("data.folder", "data");
        base.setProperty("asset.ignore", true);
        base.setProperty("ignore.file", ".jbakeignore");
        CompositeConfiguration settings = new CompositeConfiguration();
        settings.addConfiguration(base);
        return settings;
    }

    static void copyBundled(Path siteRoot) {
        if (!BundledTheme.exists()) {
            return;
        }
        try {
            BundledTheme.open(root -> {
                Path assets = root.resolve("assets");
                if (Files.isDirectory(assets)) {
                    copyTree(assets, siteRoot.resolve("assets"));
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled theme's assets", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p) || rel.isEmpty()) {
                    continue;
                }
                Path target = to.resolve(SitePaths.check(rel));
                Files.createDirectories(target.getParent());
                try (InputStream in = Files.newInputStream(p)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<Path> symbolicLinks(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
