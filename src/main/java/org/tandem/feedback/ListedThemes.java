package org.tandem.feedback;

interface ListedThemes extends ListedValues<ListedTheme> {

    boolean existsBySlug(String slug);
}
