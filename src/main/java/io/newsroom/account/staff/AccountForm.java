package io.newsroom.account.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.newsroom.account.Role;
import io.newsroom.account.model.PasswordPolicy;

/** A new staff account, as an ADMIN fills it in. */
record AccountForm(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Role role,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

    static AccountForm empty() {
        return new AccountForm("", "", Role.EDITOR, "");
    }
}
