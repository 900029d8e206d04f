/**
 * Spreadsheets in and out: exports that are safe to open in Excel, a reader for .xlsx and .csv files with the
 * limits an upload needs, and a reusable import flow (map the sheet's columns to fields, preview each row with its
 * errors, remember the mapping per user).
 */
@NullMarked
package org.tandem.shared.spreadsheet;

import org.jspecify.annotations.NullMarked;
