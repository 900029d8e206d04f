package org.tandem.feedback;

interface ListedChannels extends ListedValues<ListedChannel> {

    long countByActiveTrue();
}
