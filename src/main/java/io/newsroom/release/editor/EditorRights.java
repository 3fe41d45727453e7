package io.newsroom.release.editor;

/**
 * What the signed-in staff member may do in the editor, under review before publishing: which
 * buttons it shows. Public for the template.
 *
 * @param refusal why publishing is not offered (a message key), or null
 */
public record EditorRights(boolean mayChange, boolean mayPublish, boolean maySubmit, boolean maySendBack,
                           String refusal) {
}
