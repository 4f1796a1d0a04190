/**
 * What no other package should depend on: where the theme bundled in the jar lives. Used by
 * render (to read its templates) and publish (to copy its assets) only.
 */
package io.keyplan.internal;
