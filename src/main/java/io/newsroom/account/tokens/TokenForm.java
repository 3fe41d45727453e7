package io.newsroom.account.tokens;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new access token: what it is for, what it may do, and for how many days. */
record TokenForm(@NotBlank @Size(max = 100) String name, @NotNull AccessTokens.Scope scope,
                 @NotNull @Min(1) @Max(365) Integer days) {

    static TokenForm empty() {
        return new TokenForm("", AccessTokens.Scope.READ, 90);
    }
}
