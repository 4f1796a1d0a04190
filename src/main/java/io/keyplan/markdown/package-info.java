/**
 * How KeyPlan reads Markdown: flexmark parser setup and the limits that keep it linear; used by
 * validate and render. Low-level on purpose, so that validation can check a text against the very
 * limits and parser the renderer uses without depending on the renderer.
 */
package io.keyplan.markdown;
