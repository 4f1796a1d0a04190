/**
 * Files to model: safe YAML reading with positions (SimpleYaml for plain files, SnakeYAML for
 * the rest), binding into the model's records, Markdown front matter and the walk over the
 * content folder; for build --cache, each plan's digest of the bytes it was bound from
 * (PlanDigests) and each account folder as an earlier build read it, kept in the cache folder under a
 * key of its files (LoadCache). The first stage; uses model and diagnostic, and is used by validate, publish,
 * pipeline and create (the slug rule).
 */
package io.keyplan.load;
