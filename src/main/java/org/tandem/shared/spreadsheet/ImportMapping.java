package org.tandem.shared.spreadsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.tandem.shared.AbstractEntity;

/** The column mapping a person last used for one kind of import, offered again next time. Not audited. */
@Entity
@Table(name = "import_mapping", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "username"}))
class ImportMapping extends AbstractEntity {

    static final int KIND_LENGTH = 40;
    static final int USERNAME_LENGTH = 60;
    /** Columns, refused guesses and value meanings together; far more than any real sheet needs. */
    static final int MAPPING_LENGTH = 100_000;
    /** Long enough that MariaDB keeps it in a LONGTEXT column (H2: CLOB, see V16). */
    private static final int LARGE = Integer.MAX_VALUE;

    @Column(nullable = false, length = KIND_LENGTH)
    private String kind = "";

    @Column(nullable = false, length = USERNAME_LENGTH)
    private String username = "";

    @Lob
    @Column(nullable = false, length = LARGE)
    private String mapping = "";

    protected ImportMapping() {
    }

    ImportMapping(String kind, String username) {
        this.kind = kind;
        this.username = username;
    }

    void remember(String text) {
        this.mapping = text;
    }

    String getMapping() {
        return mapping;
    }
}
