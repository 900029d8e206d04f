package org.tandem.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.audit.HistoryNames;

/** People's and organisations' names for the audit trail and for "by whom" lines, a query per kind. */
@Component
class PeopleNames implements HistoryNames {

    private final UserAccountRepository users;
    private final PartnerOrganisationRepository organisations;

    PeopleNames(UserAccountRepository users, PartnerOrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> people(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            users.peopleByIds(ids).forEach(person -> names.put(person.id(), person.displayName()));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> organisations(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.findAllById(ids).forEach(organisation -> names.put(organisation.getId(),
                    organisation.getName()));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> peopleByUsername(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            users.peopleByUsernames(usernames).forEach(person -> names.put(person.username(), person.displayName()));
        }
        names.putIfAbsent(ActingUser.SYSTEM, "Tandem (automatic)");
        return names;
    }
}
