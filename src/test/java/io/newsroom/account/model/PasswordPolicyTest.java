package io.newsroom.account.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.check("Xq7#vL9!pZ2")).contains("password.too-short");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.check("한국어로된긴비밀번호입니다정말로")).isEmpty();
    }

    @Test
    void acceptsUpTo128CharactersAndNoMore() {
        String words = "river lantern quiet mosaic ";
        assertThat(policy.check(words.repeat(5).substring(0, 128))).isEmpty();
        assertThat(policy.check(words.repeat(5).substring(0, 129))).contains("password.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "123456789012", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa",
            "iloveyou12345", "password1234"})
    void refusesCommonAndEasilyGuessedPasswords(String common) {
        assertThat(policy.check(common)).contains("password.too-common");
    }

    @Test
    void refusesAPasswordMadeOfTheUsersOwnName() {
        assertThat(policy.check("janedoe-medicalip", "janedoe@medicalip.example", "Jane Doe"))
                .contains("password.too-personal");
    }

    @Test
    void needsNoDigitsCapitalsOrSymbols() {
        assertThat(policy.check("velvet harbor crossing")).isEmpty();
    }
}
