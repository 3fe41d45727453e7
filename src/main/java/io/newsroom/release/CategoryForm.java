package io.newsroom.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CategoryForm(@NotBlank @Size(max = 80) String name) {
}
