package org.tandem.measure;

import java.util.List;

/** The open-data settings as a form edits them. */
public record SettingsDraft(String laCode, String region, List<String> neighbourCodes, int smallNumberBase,
        long version) {
}
