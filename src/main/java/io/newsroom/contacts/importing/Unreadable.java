package io.newsroom.contacts.importing;

/** A file that cannot be read as a media list, with the message key that says why. */
class Unreadable extends Exception {

    private final String key;
    private final transient Object[] arguments;

    Unreadable(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments;
    }

    String key() {
        return key;
    }

    Object[] arguments() {
        return arguments;
    }
}
