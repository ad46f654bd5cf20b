package app.recoverydesk.tenancy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A small set of ids (locations a policy or an initiative applies to) kept as "1,2,3"; null for none. */
public final class IdList {

    private IdList() {
    }

    public static String join(Set<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static Set<Long> split(String ids) {
        return ids == null || ids.isBlank() ? Set.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
