/** Measures of success: targets, values each period, national benchmarks, a RAG the board can read. */
@NullMarked
package org.tandem.measure;

import org.jspecify.annotations.NullMarked;
