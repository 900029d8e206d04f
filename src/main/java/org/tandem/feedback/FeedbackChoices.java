package org.tandem.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.ValidationProblem;

/**
 * The channels and themes as the rest of the feature reads them: whole lists in the admins' order (a few dozen
 * rows at most), and the rule that a retired value is kept by the items that have it but given to no other.
 * Callers check who may read; this only reads.
 */
@Component
class FeedbackChoices {

    private final ListedChannels channels;
    private final ListedThemes themes;

    FeedbackChoices(ListedChannels channels, ListedThemes themes) {
        this.channels = channels;
        this.themes = themes;
    }

    @Transactional(readOnly = true)
    List<Channel> channels() {
        return channels.findAllByOrderByDisplayOrderAscIdAsc().stream().map(ListedChannel::channel).toList();
    }

    @Transactional(readOnly = true)
    List<Theme> themes() {
        return themes.findAllByOrderByDisplayOrderAscIdAsc().stream().map(ListedTheme::theme).toList();
    }

    @Transactional(readOnly = true)
    Map<String, Channel> channelsByCode() {
        return byCode(channels(), Channel::code);
    }

    @Transactional(readOnly = true)
    Map<String, Theme> themesByCode() {
        return byCode(themes(), Theme::code);
    }

    /** The channel an item may be given: one offered now, or the retired one it already has. */
    @Transactional(readOnly = true)
    void requireChoosable(String channel, String itemHas) {
        Channel found = channelsByCode().get(channel);
        if (found == null) {
            throw new ValidationProblem("channel", "That channel no longer exists: choose another.");
        }
        if (!found.active() && !found.code().equals(itemHas)) {
            throw new ValidationProblem("channel", found.label() + " is no longer used for new feedback: "
                    + "choose another channel.");
        }
    }

    /** The themes an item may be given: those offered now, and retired ones it already has. */
    @Transactional(readOnly = true)
    void requireChoosable(Set<String> chosen, Set<String> itemHas) {
        Map<String, Theme> known = themesByCode();
        for (String code : chosen) {
            Theme found = known.get(code);
            if (found == null) {
                throw new ValidationProblem("themes", "One of those themes no longer exists.");
            }
            if (!found.active() && !itemHas.contains(code)) {
                throw new ValidationProblem("themes", found.label() + " is no longer used for new feedback: "
                        + "choose another theme.");
            }
        }
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        return values.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
