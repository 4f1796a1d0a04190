package io.keyplan.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyplan.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code base_url} in portal.yaml (spec 2: "absolute URL of the published site"): what cannot be an
 * address is an error at the value, what is one of another scheme than http or https a warning.
 */
class BaseUrlCheckTest {
    @TempDir
    Path root;

    private List<String> findings(String value) throws IOException {
        Files.createDirectories(root.resolve("accounts"));
        Files.writeString(root.resolve("portal.yaml"), "title: T\nbase_url: " + value + "\n");
        Diagnostics d = new Diagnostics();
        new ContentLoader().portal(root, LocalDate.of(2026, 11, 23), d);
        return d.all().stream()
                .map(x -> x.at().line() + ":" + x.at().column() + " "
                        + x.severity().label() + " " + x.rule() + " " + x.message())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://intranet.example.com/accounts/",
                "http://kam.example.com",
                "HTTPS://KAM.EXAMPLE.COM/a%20b/",
                "https://acme.github.io/kam/",
                "https://bücher.example/kam/",
                "https://kam.example.com:8443/portal?x=1",
                "\"\"",
                "",
            })
    void anAddressIsAccepted(String value) throws IOException {
        assertEquals(List.of(), findings(value));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"https://kam.example.com/my portal/\"|2:11 error base-url 'base_url' must be a web address like"
                        + " https://intranet.example.com/accounts/, but it holds a space (write it as %20):"
                        + " \"https://kam.example.com/my portal/\"",
                "'https://kam.example.com/\"x\"'|2:11 error base-url 'base_url' must be a web address like"
                        + " https://intranet.example.com/accounts/, but it holds the character '\"' (write it as %22):"
                        + " \"https://kam.example.com/\"x\"\"",
                "https://kam.example.com/<b>|2:11 error base-url 'base_url' must be a web address like"
                        + " https://intranet.example.com/accounts/, but it holds the character '<' (write it as %3C):"
                        + " \"https://kam.example.com/<b>\"",
                "\"https://kam.example.com/\\tx\"|2:11 error base-url 'base_url' must be a web address like"
                        + " https://intranet.example.com/accounts/, but it holds an invisible character (\\x09)"
                        + " (write it as %09): \"https://kam.example.com/\tx\"",
                "kam.example.com/accounts/|2:11 error base-url 'base_url' must be a whole web address like"
                        + " https://intranet.example.com/accounts/, starting with https://; got"
                        + " \"kam.example.com/accounts/\"",
                "/accounts/|2:11 error base-url 'base_url' must be a whole web address like"
                        + " https://intranet.example.com/accounts/, starting with https://; got \"/accounts/\"",
                "\"https:\"|2:11 error base-url 'base_url' must be a whole web address like"
                        + " https://intranet.example.com/accounts/, starting with https://; got \"https:\"",
                "https:/kam.example.com/|2:11 error base-url 'base_url' must be a whole web address like"
                        + " https://intranet.example.com/accounts/, with the server's name after https://; got"
                        + " \"https:/kam.example.com/\"",
                "http:///kam/|2:11 error base-url 'base_url' must be a whole web address like"
                        + " https://intranet.example.com/accounts/, with the server's name after http://; got"
                        + " \"http:///kam/\"",
                "htps://kam.example.com/|2:11 warning base-url 'base_url' starts with 'htps:', not http:// or"
                        + " https://: the pages get no canonical links",
                "file://fileserver/kam/|2:11 warning base-url 'base_url' starts with 'file:', not http:// or"
                        + " https://: the pages get no canonical links",
            })
    void whatIsNoWebAddressIsReported(String value, String expected) throws IOException {
        assertEquals(List.of(expected), findings(value));
    }
}
