package org.tandem.shared.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.Acting;
import org.tandem.people.SignedIn;

/** Remembers, per person and kind of import, the column mapping they used last. */
@Service
public class ImportMappingService {

    private final ImportMappings mappings;
    private final Acting acting;

    ImportMappingService(ImportMappings mappings, Acting acting) {
        this.mappings = mappings;
        this.acting = acting;
    }

    @SignedIn
    @Transactional(readOnly = true)
    public Optional<ColumnMapping> remembered(String kind) {
        return mappings.findByKindAndUsername(kind, username()).map(m -> ColumnMapping.fromText(m.getMapping()));
    }

    /**
     * The mapping to offer for a sheet: the remembered one where the sheet has those columns, the rest guessed
     * from the headings.
     */
    @SignedIn
    @Transactional(readOnly = true)
    public ColumnMapping suggest(String kind, List<ImportField> fields, List<String> headers) {
        return remembered(kind).orElseGet(ColumnMapping::none).within(fields, headers).completedBy(fields, headers);
    }

    @SignedIn
    @Transactional
    public void remember(String kind, ColumnMapping mapping) {
        if (kind.isBlank() || kind.length() > ImportMapping.KIND_LENGTH) {
            throw new IllegalArgumentException("An import kind is a short name: " + kind);
        }
        String username = username();
        ImportMapping stored = mappings.findByKindAndUsername(kind, username)
                .orElseGet(() -> new ImportMapping(kind, username));
        stored.remember(fitting(mapping).toText());
        mappings.save(stored);
    }

    /** Leaves out the last columns if a freak sheet's headings and values would make the record huge. */
    private static ColumnMapping fitting(ColumnMapping mapping) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(mapping.columns().entrySet());
        ColumnMapping fitted = mapping;
        while (fitted.toText().length() > ImportMapping.MAPPING_LENGTH && !entries.isEmpty()) {
            entries.removeLast();
            Map<String, String> kept = new LinkedHashMap<>();
            entries.forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
            fitted = new ColumnMapping(kept, mapping.refused(), mapping.values(), mapping.options());
        }
        return fitted;
    }

    private String username() {
        return acting.username();
    }
}
