package org.tandem.measure;

import java.util.List;

/** What an open-data import did: how many benchmarks it saved, what it used and what it left out, and why. */
public record BenchmarkImportResult(int saved, List<String> used, List<String> skipped) {
}
