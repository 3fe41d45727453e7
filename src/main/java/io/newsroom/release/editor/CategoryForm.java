package io.newsroom.release.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The category form: a name, as staff type it. */
record CategoryForm(@NotBlank @Size(max = 80) String name) {
}
