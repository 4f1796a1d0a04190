/**
 * The output folder: the staged build and its journalled swap (a build stopped between the two
 * renames is undone by the next one), the previous site retired and deleted where the build does
 * not wait, removal of the staging folder on Ctrl-C or SIGTERM, the
 * theme's assets, attachments, sitemap and data files. Implements site.SiteWriter; used by
 * pipeline (and cli for its exceptions).
 */
package io.keyplan.publish;
