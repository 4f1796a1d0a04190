/**
 * The JSON Schema of account.yaml, generated from the model's records, so the editor's schema
 * and the loader can never disagree. Uses model; used by pipeline and cli.
 */
package io.keyplan.schema;
