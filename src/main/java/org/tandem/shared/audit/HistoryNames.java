package org.tandem.shared.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names for what the audit tables hold as ids or usernames, so that history reads "Officer: Priya Shah", not
 * "Officer: 3". The people module answers it; the audit trail never learns how people are stored.
 */
public interface HistoryNames {

    Map<Long, String> people(Collection<Long> ids);

    Map<Long, String> organisations(Collection<Long> ids);

    Map<String, String> peopleByUsername(Collection<String> usernames);
}
