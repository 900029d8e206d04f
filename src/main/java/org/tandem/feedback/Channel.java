package org.tandem.feedback;

/**
 * Where feedback was heard (forum meeting, survey, ...), one value of the list admins keep. Two readings of
 * the same channel are equal whatever was renamed in between: a channel is its code.
 */
public record Channel(long id, long version, String code, String label, int order, boolean active)
        implements ListValue, Comparable<Channel> {

    @Override
    public ListKind kind() {
        return ListKind.CHANNEL;
    }

    @Override
    public int compareTo(Channel other) {
        int byOrder = Integer.compare(order, other.order);
        return byOrder != 0 ? byOrder : code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Channel channel && code.equals(channel.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
