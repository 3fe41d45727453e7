package io.newsroom.release.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CategoryForm(@NotBlank @Size(max = 80) String name) {
}
