/**
 * Rules that span fields or files, checked after loading: references, selection criteria, links
 * (as a browser reads them, in Markdown and every YAML text), Markdown limits, attachments
 * (active content, names that collide with pages), plan warnings. Reports into diagnostic;
 * writes nothing. Used by pipeline, by publish, which asks ActiveContent again before
 * copying a file, and by create, which asks PortableNames about a new slug.
 */
package io.keyplan.validate;
