package io.newsroom.account;

import java.util.List;
import java.util.Locale;

/**
 * The languages staff may work in: the newsroom's own. The site frame, which knows them, provides
 * it; the account module asks it when a member of staff chooses.
 */
public interface WorkingLanguages {

    /** The newsroom's languages, its default first. */
    List<Locale> all();
}
