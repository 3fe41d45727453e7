package io.newsroom.account.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.newsroom.account.model.PasswordPolicy;

/** Changing one's own password: the current one proves it is really them. */
record PasswordForm(
        @NotBlank String currentPassword,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword,
        @NotBlank String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
