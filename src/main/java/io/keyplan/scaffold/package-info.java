/**
 * A new content repository for {@code keyplan init}: the starter files (resources under
 * {@code io/keyplan/scaffold/starter/}, filled with the release and today's dates) and the JSON
 * Schemas from {@code schema}, written into a folder that appears whole or not at all. Uses
 * schema; used by cli.
 */
package io.keyplan.scaffold;
