package io.keyplan.model;

import java.nio.file.Path;

/**
 * A file inside an account folder that is neither YAML nor Markdown (an image, a PDF).
 * It is copied next to the account page; {@code relativePath} is relative to the account
 * folder, with forward slashes.
 */
public record Attachment(Path file, String relativePath, long size) {
}
