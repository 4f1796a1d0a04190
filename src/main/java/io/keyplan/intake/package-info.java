/**
 * {@code keyplan import}: a CRM export or a spreadsheet (CSV, .xlsx) read into a table
 * ({@code CsvReader}, {@code XlsxReader}), mapped onto the header fields and
 * {@code business_review.revenue} of account plans ({@code Mapping}, {@code Values}), and applied
 * by editing each {@code account.yaml} in place ({@code PlanEdit}), never by writing it anew.
 * Uses model, diagnostic and load; used by cli.
 */
package io.keyplan.intake;
