package app.recoverydesk.failure;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A message key of the bundle with its arguments, put into words only where the reader's language is known.
 * Arguments may be messages themselves, lists of messages (read as a list), enum constants (read as the
 * bundle's {@code Type.CONSTANT}), instants (read in the business's time zone), numbers or text.
 */
public record Message(String key, List<Object> args) implements Serializable {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
