/**
 * Live preview for plan authors ({@code keyplan serve}): a site kept in memory and brought up to
 * date when files change, re-reading and re-rendering only what an edit touches, and served with
 * live reload and the plan's errors shown in the browser. Uses the pipeline's stages; used by cli only.
 */
package io.keyplan.preview;
