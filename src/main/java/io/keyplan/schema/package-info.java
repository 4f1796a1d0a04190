/**
 * The JSON Schemas of account.yaml, portal.yaml and note front matter, generated from the model's records, so the editor's schema
 * and the loader can never disagree. Uses model; used by pipeline and cli.
 */
package io.keyplan.schema;
