package io.newsroom.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.webjars.WebJarVersionLocator;

/**
 * Where the admin's ES modules find the libraries they import by name: the WebJars the app serves
 * (ProseMirror and markdown-it, from Maven Central), never a CDN. A browser takes an import map
 * only inline, so the pages that use it carry {@link #JSON} in a {@code <script type="importmap">},
 * and the Content Security Policy allows that one inline script by its hash ({@link #CSP_SOURCE}).
 */
public final class ImportMap {

    private static final WebJarVersionLocator VERSIONS = new WebJarVersionLocator();
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        for (String name : new String[] {"prosemirror-model", "prosemirror-state", "prosemirror-view",
                "prosemirror-transform", "prosemirror-commands", "prosemirror-keymap", "prosemirror-history",
                "prosemirror-schema-list", "prosemirror-tables", "prosemirror-markdown", "prosemirror-dropcursor",
                "prosemirror-gapcursor", "prosemirror-inputrules", "orderedmap", "rope-sequence"}) {
            add(name, "dist/index.js");
        }
        add("w3c-keyname", "index.js");
        add("markdown-it", "index.mjs");
        add("mdurl", "index.mjs");
        add("uc.micro", "index.mjs");
        add("linkify-it", "index.mjs");
        add("punycode.js", "punycode.es6.js");
        add("entities", "lib/esm/index.js");
    }

    /**
     * With the version in the address: static files are cached for a year, so an upgraded library
     * must have a new address, and every module of one page comes from the same release.
     */
    private static void add(String name, String file) {
        String version = VERSIONS.version(name);
        if (version == null) {
            throw new IllegalStateException("The WebJar " + name + " is not on the class path");
        }
        MODULES.put(name, "/webjars/" + name + "/" + version + "/" + file);
    }

    /** The import map, exactly as the page carries it. */
    public static final String JSON = MODULES.entrySet().stream()
            .map(module -> "\"" + module.getKey() + "\":\"" + module.getValue() + "\"")
            .collect(Collectors.joining(",", "{\"imports\":{", "}}"));

    /** The CSP source that allows the import map and no other inline script. */
    public static final String CSP_SOURCE = "'sha256-" + sha256(JSON) + "'";

    private ImportMap() {
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
